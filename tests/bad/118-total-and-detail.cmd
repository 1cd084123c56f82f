$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/118-total-and-detail.yaml --diagnostic-ids --lang en
