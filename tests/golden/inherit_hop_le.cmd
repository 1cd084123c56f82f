$CHISO check tests/golden/files/inherit_hatinh/par-2023.chiso --diagnostic-ids
