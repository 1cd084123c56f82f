$CHISO test tests/golden/files/test_thu_muc tests/golden/files/khong_co.yaml tests/golden/files/test_khong_yaml --diagnostic-ids
