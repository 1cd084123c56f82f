$CHISO eval tests/bad/files/gia-tri.chiso tests/bad/files/205-ty-le-am.yaml --diagnostic-ids
