$CHISO check tests/golden/files/msg_resolve_cay_thua.chiso --diagnostic-ids --lang en
