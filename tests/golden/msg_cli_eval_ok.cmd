$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_hop_le.yaml --format csv
