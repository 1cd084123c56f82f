$CHISO check tests/bad/files/066-ladder-gap.chiso --diagnostic-ids
