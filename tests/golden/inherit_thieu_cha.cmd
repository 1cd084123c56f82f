$CHISO check tests/golden/files/inherit_thieu_cha.chiso --diagnostic-ids
