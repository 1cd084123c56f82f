$CHISO check tests/bad/files/398-bootstrap-cu-phap.chiso --diagnostic-ids
$CHISO check tests/bad/files/398-bootstrap-cu-phap.chiso --lang en
