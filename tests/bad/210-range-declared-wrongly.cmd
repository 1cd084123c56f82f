$CHISO check tests/bad/files/210-khoang-sai.chiso --diagnostic-ids
