$CHISO test tests/golden/files/test_dat.yaml -v
