$CHISO eval tests/golden/files/msg_eval_tran_so.chiso tests/golden/files/msg_eval_tran_so.yaml --diagnostic-ids --lang en
