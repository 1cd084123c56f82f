$CHISO test tests/bad/files/141-test-unknown-unit-and-class.yaml --diagnostic-ids --lang en
