$CHISO check tests/golden/files/msg_parse_nhieu_loi.chiso --diagnostic-ids --lang en
