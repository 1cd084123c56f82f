$CHISO check tests/bad/files/065-band-overlap.chiso --diagnostic-ids --lang en
