$CHISO check tests/bad/files/064-band-gap.chiso --diagnostic-ids
