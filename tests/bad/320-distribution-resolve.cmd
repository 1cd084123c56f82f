$CHISO check tests/bad/files/320-distribution-resolve.chiso --diagnostic-ids
$CHISO check tests/bad/files/320-distribution-resolve.chiso --lang en
