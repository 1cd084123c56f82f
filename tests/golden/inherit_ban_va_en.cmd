$CHISO test tests/golden/files/inherit_ban_va_loi.yaml --diagnostic-ids --lang en
