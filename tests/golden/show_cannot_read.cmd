$CHISO show --resolved tests/golden/files/khong_co.chiso --diagnostic-ids
