$CHISO test tests/golden/files/test_loi.yaml -v
