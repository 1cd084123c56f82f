$CHISO check tests/bad/files/142-ladder-gap-hidden-by-otherwise.chiso --diagnostic-ids
