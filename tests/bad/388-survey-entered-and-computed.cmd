$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/388-nhap-trung.yaml --diagnostic-ids
$CHISO eval tests/bad/files/380-khao-sat.chiso tests/bad/files/388-nhap-trung.yaml --lang en
