$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/100-value-above-max.yaml --diagnostic-ids --lang en
