# The score file names last year's results itself (`previous:`) and maps merged,
# renamed and new units (`predecessors:`).
$CHISO eval examples/demo/par-demo.chiso tests/fixtures/years/scores-2024-sap-nhap.yaml
