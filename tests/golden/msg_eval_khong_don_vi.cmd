$CHISO eval tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_khong_don_vi.yaml --diagnostic-ids
