$CHISO test tests/bad/files/140-test-expected-error-not-raised.yaml --diagnostic-ids
