$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/365-hang-khong-co-listed.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/365-hang-khong-co-listed.yaml --diagnostic-ids --lang en
