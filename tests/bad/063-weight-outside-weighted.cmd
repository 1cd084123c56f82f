$CHISO check tests/bad/files/063-weight-outside-weighted.chiso --diagnostic-ids
