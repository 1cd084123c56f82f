$CHISO test tests/golden/files/inherit_ban_va.yaml tests/golden/files/inherit_ban_va_loi.yaml --diagnostic-ids
