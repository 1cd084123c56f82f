$CHISO check tests/bad/files/051-edit-stat.chiso --diagnostic-ids
