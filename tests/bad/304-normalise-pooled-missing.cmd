$CHISO eval tests/bad/files/304-normalise-pooled-missing.chiso tests/bad/files/304-normalise-pooled-missing.yaml --diagnostic-ids
$CHISO eval tests/bad/files/304-normalise-pooled-missing.chiso tests/bad/files/304-normalise-pooled-missing.yaml --lang en
