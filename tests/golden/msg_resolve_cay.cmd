$CHISO check tests/golden/files/msg_resolve_cay.chiso --diagnostic-ids --lang en
