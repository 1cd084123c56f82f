$CHISO check tests/bad/files/397-hat-giong-khong-bootstrap.chiso --diagnostic-ids
$CHISO check tests/bad/files/397-hat-giong-khong-bootstrap.chiso --lang en
