$CHISO check tests/bad/files/211-allow-thieu-chu.chiso --diagnostic-ids --lang en
