$CHISO check tests/bad/files/324-ladder-unproven.chiso --diagnostic-ids
$CHISO check tests/bad/files/324-ladder-unproven.chiso --lang en
