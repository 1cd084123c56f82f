$CHISO check tests/golden/files/inherit_vong_a.chiso --diagnostic-ids --lang en
