$CHISO eval tests/golden/files/inherit_hatinh/par-2023.chiso tests/golden/files/inherit_diem.yaml --format csv
