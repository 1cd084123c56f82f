$CHISO eval tests/bad/files/188-co-so-xep-hang-theo-nhom.chiso tests/bad/files/190-groups-near-miss.yaml --diagnostic-ids --lang en
