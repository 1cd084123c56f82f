$CHISO check tests/golden/files/msg_parse_dau_phay.chiso
