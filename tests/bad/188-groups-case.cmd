$CHISO eval tests/bad/files/188-co-so-xep-hang-theo-nhom.chiso tests/bad/files/188-groups-case.yaml --diagnostic-ids
