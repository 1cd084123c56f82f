$CHISO check tests/bad/files/013-tree-missing-close-brace.chiso --diagnostic-ids --lang en
