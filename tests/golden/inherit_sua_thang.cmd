$CHISO check tests/golden/files/inherit_sua_thang.chiso --diagnostic-ids
