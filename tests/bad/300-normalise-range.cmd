$CHISO check tests/bad/files/300-normalise-range.chiso --diagnostic-ids
$CHISO check tests/bad/files/300-normalise-range.chiso --lang en
