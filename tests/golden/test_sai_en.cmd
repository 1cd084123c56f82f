$CHISO test tests/golden/files/test_sai.yaml --lang en
