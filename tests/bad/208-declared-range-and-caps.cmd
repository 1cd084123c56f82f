$CHISO eval tests/bad/files/gia-tri.chiso tests/bad/files/208-ngoai-le-khai-bao.yaml --diagnostic-ids
