$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/367-hang-cao-hon-trong-danh-sach.yaml --diagnostic-ids
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/bad/files/367-hang-cao-hon-trong-danh-sach.yaml --diagnostic-ids --lang en
