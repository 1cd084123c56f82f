$CHISO eval tests/bad/files/270-pooled-year-not-earlier.chiso tests/bad/files/270-pooled-year-not-earlier.yaml --diagnostic-ids
$CHISO eval tests/bad/files/270-pooled-year-not-earlier.chiso tests/bad/files/270-pooled-year-not-earlier.yaml --lang en
