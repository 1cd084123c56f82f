$CHISO eval tests/bad/files/303-normalise-degenerate.chiso tests/bad/files/303-normalise-degenerate.yaml --diagnostic-ids
$CHISO eval tests/bad/files/303-normalise-degenerate.chiso tests/bad/files/303-normalise-degenerate.yaml --lang en
