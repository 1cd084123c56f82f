$CHISO eval examples/demo/par-demo.chiso tests/fixtures/years/scores-2024-sap-nhap.yaml --format json
