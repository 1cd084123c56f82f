$CHISO show --resolved tests/golden/files/inherit_vn/par-2022.chiso
