$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/117-yesno-with-other-word.yaml --diagnostic-ids
