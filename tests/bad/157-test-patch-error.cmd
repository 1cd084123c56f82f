$CHISO test tests/bad/files/157-test-patch-error.yaml --diagnostic-ids
