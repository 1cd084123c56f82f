$CHISO check tests/golden/files/inherit_tong_diem.chiso --diagnostic-ids
