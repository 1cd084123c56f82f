$CHISO eval tests/bad/files/gia-tri.chiso tests/bad/files/207-dau-vao-am.yaml --diagnostic-ids
