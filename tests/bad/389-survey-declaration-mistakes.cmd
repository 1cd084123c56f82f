$CHISO check tests/bad/files/389-khao-sat-sai.chiso --diagnostic-ids
$CHISO check tests/bad/files/389-khao-sat-sai.chiso --lang en
