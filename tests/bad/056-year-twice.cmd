$CHISO check tests/bad/files/056-year-twice.chiso
