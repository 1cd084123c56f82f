$CHISO show --resolved tests/golden/files/inherit_hatinh/par-2023.chiso --lang en
