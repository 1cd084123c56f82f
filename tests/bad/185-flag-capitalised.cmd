$CHISO eval tests/bad/files/185-co-so-nhan-ky-luat.chiso tests/bad/files/185-flag-capitalised.yaml --diagnostic-ids
