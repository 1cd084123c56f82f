$CHISO check tests/bad/files/306-normalise-zscore-check.chiso --diagnostic-ids
$CHISO check tests/bad/files/306-normalise-zscore-check.chiso --lang en
