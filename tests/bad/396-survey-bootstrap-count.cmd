$CHISO check tests/bad/files/396-bootstrap-so-mau-lap.chiso --diagnostic-ids
$CHISO check tests/bad/files/396-bootstrap-so-mau-lap.chiso --lang en
