$CHISO check tests/bad/files/301-normalise-not-number.chiso --diagnostic-ids
$CHISO check tests/bad/files/301-normalise-not-number.chiso --lang en
