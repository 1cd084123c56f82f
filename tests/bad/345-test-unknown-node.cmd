$CHISO test tests/bad/files/345-test-unknown-node.yaml --diagnostic-ids; $CHISO test tests/bad/files/345-test-unknown-node.yaml --diagnostic-ids --lang en
