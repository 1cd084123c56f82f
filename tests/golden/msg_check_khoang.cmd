$CHISO check tests/golden/files/msg_check_khoang.chiso --diagnostic-ids
