$CHISO eval tests/bad/files/364-khong-dong-hang.chiso tests/bad/files/364-trung-hang-cong-bo.yaml --diagnostic-ids
$CHISO eval tests/bad/files/364-khong-dong-hang.chiso tests/bad/files/364-trung-hang-cong-bo.yaml --diagnostic-ids --lang en
