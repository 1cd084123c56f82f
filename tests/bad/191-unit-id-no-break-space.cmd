$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/191-unit-id-no-break-space.yaml --diagnostic-ids
