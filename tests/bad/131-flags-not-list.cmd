$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/131-flags-not-list.yaml --diagnostic-ids
