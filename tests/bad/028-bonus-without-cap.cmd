$CHISO check tests/bad/files/028-bonus-without-cap.chiso --diagnostic-ids
