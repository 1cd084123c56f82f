$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_input_khong_phai_yaml.yaml --diagnostic-ids
