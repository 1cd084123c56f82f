$CHISO check tests/bad/files/308-normalise-zscore-syntax.chiso --diagnostic-ids
$CHISO check tests/bad/files/308-normalise-zscore-syntax.chiso --lang en
$CHISO check tests/bad/files/309-normalise-zscore-kind.chiso --diagnostic-ids
$CHISO check tests/bad/files/309-normalise-zscore-kind.chiso --lang en
