$CHISO check tests/golden/files/msg_check_xep_loai.chiso --diagnostic-ids --lang en
