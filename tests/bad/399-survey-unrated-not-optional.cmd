$CHISO check tests/bad/files/399-khong-danh-gia-khong-optional.chiso --diagnostic-ids
$CHISO check tests/bad/files/399-khong-danh-gia-khong-optional.chiso --lang en
