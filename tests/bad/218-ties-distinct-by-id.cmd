$CHISO eval tests/bad/files/218-theo-id.chiso tests/bad/files/217-dong-ten.yaml --diagnostic-ids
