$CHISO eval tests/bad/files/216-dong-diem.chiso tests/bad/files/216-dong-diem.yaml --diagnostic-ids
