$CHISO diff tests/golden/files/quote_title/old.chiso tests/golden/files/quote_title/new.chiso
