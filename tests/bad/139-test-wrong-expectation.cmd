$CHISO test tests/bad/files/139-test-wrong-expectation.yaml --lang en
