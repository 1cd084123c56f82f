$CHISO test tests/golden/files/test_patch.yaml -v
