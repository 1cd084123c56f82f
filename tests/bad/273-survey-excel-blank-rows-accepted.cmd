$CHISO eval tests/bad/files/273-survey-excel-blank-rows.chiso tests/bad/files/273-survey-excel-blank-rows.yaml
