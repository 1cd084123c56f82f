$CHISO check tests/bad/files/042-stat-empty-condition.chiso --diagnostic-ids
