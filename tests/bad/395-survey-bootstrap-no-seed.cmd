$CHISO check tests/bad/files/395-bootstrap-khong-hat-giong.chiso --diagnostic-ids
$CHISO check tests/bad/files/395-bootstrap-khong-hat-giong.chiso --lang en
