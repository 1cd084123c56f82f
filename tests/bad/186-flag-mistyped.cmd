$CHISO eval tests/bad/files/185-co-so-nhan-ky-luat.chiso tests/bad/files/186-flag-mistyped.yaml --diagnostic-ids
