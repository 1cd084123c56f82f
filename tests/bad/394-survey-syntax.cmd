$CHISO check tests/bad/files/394-khao-sat-cu-phap.chiso --diagnostic-ids
$CHISO check tests/bad/files/394-khao-sat-cu-phap.chiso --lang en
