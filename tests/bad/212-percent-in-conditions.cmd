$CHISO eval tests/bad/files/212-phan-tram-dieu-kien.chiso tests/bad/files/212-phan-tram-dieu-kien.yaml --diagnostic-ids
