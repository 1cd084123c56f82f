$CHISO eval tests/bad/files/323-percentile-empty-population.chiso tests/bad/files/323-percentile-empty-population.yaml --diagnostic-ids
$CHISO eval tests/bad/files/323-percentile-empty-population.chiso tests/bad/files/323-percentile-empty-population.yaml --lang en
