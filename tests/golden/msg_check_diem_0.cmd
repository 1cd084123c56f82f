$CHISO check tests/golden/files/msg_check_diem_0.chiso --diagnostic-ids
