$CHISO eval tests/bad/files/188-co-so-xep-hang-theo-nhom.chiso tests/bad/files/189-groups-accents.yaml --diagnostic-ids
