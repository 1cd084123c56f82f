$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/146-answers-fractional-count.yaml --diagnostic-ids --format csv
