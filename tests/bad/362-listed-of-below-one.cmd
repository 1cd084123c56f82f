$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/362-of-bang-0.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/362-of-thap-phan.yaml --diagnostic-ids --lang en
