$CHISO check tests/bad/files/280-negative-rule-operands.chiso --diagnostic-ids
$CHISO check tests/bad/files/280-negative-rule-operands.chiso --lang en
