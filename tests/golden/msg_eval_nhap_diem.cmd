$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_nhap_diem.yaml --diagnostic-ids
