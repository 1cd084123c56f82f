$CHISO eval tests/bad/files/272-survey-not-assessed.chiso tests/bad/files/272-survey-not-assessed.yaml --diagnostic-ids
$CHISO eval tests/bad/files/272-survey-not-assessed.chiso tests/bad/files/272-survey-not-assessed.yaml --lang en
