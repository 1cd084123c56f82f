$CHISO check tests/bad/files/007-rounding-hyphen-mode.chiso --diagnostic-ids
