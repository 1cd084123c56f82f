$CHISO check tests/bad/files/041-stat-without-count.chiso --diagnostic-ids
