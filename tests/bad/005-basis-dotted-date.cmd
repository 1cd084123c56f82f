$CHISO check tests/bad/files/005-basis-dotted-date.chiso --diagnostic-ids --lang en
