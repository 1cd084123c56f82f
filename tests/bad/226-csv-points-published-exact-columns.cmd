$CHISO eval tests/bad/files/225-lam-tron-chan.chiso tests/bad/files/225-diem-le.yaml --format csv --diagnostic-ids
