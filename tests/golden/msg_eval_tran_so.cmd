$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_tran_so.yaml --diagnostic-ids --lang en
