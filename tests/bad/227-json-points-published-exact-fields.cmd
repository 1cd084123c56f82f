$CHISO eval tests/bad/files/225-lam-tron-chan.chiso tests/bad/files/225-diem-le.yaml --format json --diagnostic-ids | grep -E "\"(points|max|index|mean|min)(_exact)?\": [0-9]" | head -14
