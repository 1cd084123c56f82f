$CHISO check tests/golden/files/msg_resolve_ban_nhap.chiso --diagnostic-ids
