$CHISO test tests/bad/files/199-test-unit-id-case.yaml --diagnostic-ids
