$CHISO check tests/golden/files/msg_parse_thieu_ngoac.chiso --diagnostic-ids
