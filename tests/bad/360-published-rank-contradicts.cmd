$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/360-hang-cong-bo-mau-thuan.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/360-hang-cong-bo-mau-thuan.yaml --diagnostic-ids --lang en
