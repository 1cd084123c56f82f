$CHISO check tests/golden/files/msg_eval_tieu_chi.chiso --diagnostic-ids
