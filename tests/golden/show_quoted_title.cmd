$CHISO show tests/golden/files/quote_title/new.chiso
