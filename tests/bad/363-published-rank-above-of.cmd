$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/363-hang-vuot-of.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/363-hang-vuot-of.yaml --diagnostic-ids --lang en
