$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/215-khong-ap-dung-mot-ben.yaml --diagnostic-ids --lang en
