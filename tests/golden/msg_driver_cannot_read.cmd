$CHISO eval tests/golden/files/msg_khong_co.chiso tests/golden/files/msg_khong_co.yaml --diagnostic-ids
