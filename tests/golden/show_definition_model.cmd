$CHISO show --definition tests/golden/files/model_dump.chiso
