$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/093-scores-not-yaml.yaml --diagnostic-ids
