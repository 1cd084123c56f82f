$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/129-mixed-sources.yaml --diagnostic-ids --lang en
