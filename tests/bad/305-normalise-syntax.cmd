$CHISO check tests/bad/files/305-normalise-syntax.chiso --diagnostic-ids
$CHISO check tests/bad/files/305-normalise-syntax.chiso --lang en
