$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_input_nan.yaml --diagnostic-ids
