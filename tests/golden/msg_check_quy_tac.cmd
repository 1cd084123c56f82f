$CHISO check tests/golden/files/msg_check_quy_tac.chiso --diagnostic-ids --lang en
