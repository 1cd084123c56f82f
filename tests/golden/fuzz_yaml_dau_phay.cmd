timeout 20 $CHISO eval examples/demo/par-demo.chiso tests/golden/files/fuzz_yaml_dau_phay.yaml --diagnostic-ids
