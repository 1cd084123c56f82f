$CHISO check tests/bad/files/072-default-above-max.chiso --diagnostic-ids
