$CHISO explain tests/golden/files/msg_eval_tieu_chi.chiso tests/golden/files/msg_eval_hop_le.yaml so-noi-vuu --diagnostic-ids
