$CHISO show --resolved tests/golden/files/inherit_hatinh/par-2023.chiso -o tests/golden/files/khong_co_thu_muc/x.chiso --diagnostic-ids
