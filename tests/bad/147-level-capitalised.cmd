$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/147-level-capitalised.yaml
