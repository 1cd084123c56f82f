$CHISO check tests/golden/files/driver_nfd.chiso --diagnostic-ids
