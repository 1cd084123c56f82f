$CHISO eval tests/bad/files/217-dong-ten.chiso tests/bad/files/217-dong-ten.yaml --diagnostic-ids --lang en
