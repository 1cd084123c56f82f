$CHISO show --definition tests/bad/files/380-khao-sat.chiso
