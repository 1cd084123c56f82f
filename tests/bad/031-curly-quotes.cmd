$CHISO check tests/bad/files/031-curly-quotes.chiso
