$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_tieu_de.yaml --diagnostic-ids --lang en
