$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/369-khoa-xep-hang-sai-dang.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/369-khoa-xep-hang-sai-dang.yaml --diagnostic-ids --lang en
