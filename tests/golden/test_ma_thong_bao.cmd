$CHISO test tests/golden/files/test_dat.yaml tests/golden/files/test_sai.yaml tests/golden/files/test_loi.yaml -v --diagnostic-ids --lang en
