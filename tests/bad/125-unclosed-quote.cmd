$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/125-unclosed-quote.yaml --diagnostic-ids
