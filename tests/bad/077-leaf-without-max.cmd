$CHISO check tests/bad/files/077-leaf-without-max.chiso --diagnostic-ids
