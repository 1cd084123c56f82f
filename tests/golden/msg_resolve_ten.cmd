$CHISO check tests/golden/files/msg_resolve_ten.chiso --diagnostic-ids
