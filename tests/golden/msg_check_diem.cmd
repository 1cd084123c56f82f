$CHISO check tests/golden/files/msg_check_diem.chiso --diagnostic-ids
