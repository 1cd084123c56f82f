$CHISO eval tests/bad/files/310-normalise-zscore-one-unit.chiso tests/bad/files/310-normalise-zscore-one-unit.yaml --diagnostic-ids
$CHISO eval tests/bad/files/310-normalise-zscore-one-unit.chiso tests/bad/files/310-normalise-zscore-one-unit.yaml --lang en
