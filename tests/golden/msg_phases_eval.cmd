$CHISO eval tests/golden/files/msg_parse_dau_phay.chiso tests/golden/files/msg_input_dau_phay.yaml --diagnostic-ids --lang en
