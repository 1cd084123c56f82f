$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_khong_ap_dung.yaml --diagnostic-ids
