$CHISO check tests/bad/files/054-unknown-statement-suggest.chiso --diagnostic-ids
