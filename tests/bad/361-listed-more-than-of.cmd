$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/361-liet-ke-nhieu-hon-of.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/361-liet-ke-nhieu-hon-of.yaml --diagnostic-ids --lang en
