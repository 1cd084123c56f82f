$CHISO check tests/bad/files/321-distribution-syntax.chiso --diagnostic-ids
$CHISO check tests/bad/files/321-distribution-syntax.chiso --lang en
