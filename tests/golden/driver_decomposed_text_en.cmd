$CHISO check tests/golden/files/driver_nfd.chiso --lang en
