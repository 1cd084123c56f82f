$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/126-second-document.yaml --diagnostic-ids --lang en
