$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_gia_tri.yaml --diagnostic-ids --lang en
