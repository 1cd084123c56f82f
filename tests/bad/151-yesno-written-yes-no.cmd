$CHISO check tests/bad/files/151-yesno-written-yes-no.chiso --diagnostic-ids
