$CHISO check tests/bad/files/086-decomposed-unicode.chiso --diagnostic-ids
