$CHISO explain tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml 'SO-TU-PHAP ' --diagnostic-ids
