$CHISO replay examples/demo/par-demo-2025.chiso examples/demo/scores-2024.yaml tests/fixtures/years/scores-2023.yaml --format csv 2>/dev/null
echo "--- json"
$CHISO replay examples/demo/par-demo-2025.chiso tests/fixtures/years/scores-2023.yaml --format json 2>/dev/null | head -40
echo "--- md"
$CHISO replay examples/demo/par-demo-2025.chiso tests/fixtures/years/scores-2023.yaml --format md --lang en 2>/dev/null | head -14
