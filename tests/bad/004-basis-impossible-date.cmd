$CHISO check tests/bad/files/004-basis-impossible-date.chiso --diagnostic-ids
