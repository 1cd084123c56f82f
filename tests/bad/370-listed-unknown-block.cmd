$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/370-listed-khoi-sai.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/370-listed-khoi-sai.yaml --diagnostic-ids --lang en
