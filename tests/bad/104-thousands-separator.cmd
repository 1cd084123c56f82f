$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/104-thousands-separator.yaml --diagnostic-ids --lang en
