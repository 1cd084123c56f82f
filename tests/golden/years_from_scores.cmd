# Last year's scores, evaluated under this year's criteria: ranks, indices,
# classes and statistics of both years.
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/fixtures/years/scores-2023.yaml --lang en
