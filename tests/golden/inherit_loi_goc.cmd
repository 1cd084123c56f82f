$CHISO check tests/golden/files/inherit_loi_con.chiso --diagnostic-ids
