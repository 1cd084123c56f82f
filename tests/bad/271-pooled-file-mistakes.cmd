$CHISO eval tests/bad/files/271-pooled-file-mistakes.chiso tests/bad/files/271-pooled-file-mistakes.yaml --diagnostic-ids
$CHISO eval tests/bad/files/271-pooled-file-mistakes.chiso tests/bad/files/271-pooled-file-mistakes.yaml --lang en
