$CHISO check tests/bad/files/027-deduct-without-per-event.chiso --diagnostic-ids
