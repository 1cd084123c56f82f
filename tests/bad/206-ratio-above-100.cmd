$CHISO eval tests/bad/files/gia-tri.chiso tests/bad/files/206-ty-le-tren-100.yaml --diagnostic-ids --lang en
