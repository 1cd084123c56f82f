$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/098-unknown-block.yaml --diagnostic-ids
