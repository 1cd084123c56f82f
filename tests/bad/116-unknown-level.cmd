$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/116-unknown-level.yaml
