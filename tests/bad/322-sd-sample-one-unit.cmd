$CHISO eval tests/bad/files/322-sd-sample-one-unit.chiso tests/bad/files/322-sd-sample-one-unit.yaml --diagnostic-ids
$CHISO eval tests/bad/files/322-sd-sample-one-unit.chiso tests/bad/files/322-sd-sample-one-unit.yaml --lang en
