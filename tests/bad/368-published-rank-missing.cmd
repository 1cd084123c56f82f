$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/368-thieu-hang-cong-bo.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/368-thieu-hang-cong-bo.yaml --diagnostic-ids --lang en
