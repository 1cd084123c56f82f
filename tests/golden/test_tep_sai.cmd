$CHISO test tests/golden/files/test_tep_sai --diagnostic-ids
