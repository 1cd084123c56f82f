$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/209-thuong-vuot-tran.yaml --diagnostic-ids --lang en
