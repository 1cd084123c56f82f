$CHISO check tests/golden/files/msg_parse_cau_lenh.chiso
