$CHISO eval tests/bad/files/220-khong-thuoc-khoang.chiso tests/bad/files/220-khong-thuoc-khoang.yaml --diagnostic-ids --lang en
