# The Excel annex is for eval's results only.
$CHISO diff examples/demo/par-demo.chiso examples/demo/par-demo-2025.chiso --format xlsx
