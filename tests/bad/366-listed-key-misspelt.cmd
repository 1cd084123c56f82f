$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/366-sai-khoa-listd.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/366-sai-khoa-of.yaml --diagnostic-ids --lang en
