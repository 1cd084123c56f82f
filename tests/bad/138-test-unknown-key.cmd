$CHISO test tests/bad/files/138-test-unknown-key.yaml --diagnostic-ids
