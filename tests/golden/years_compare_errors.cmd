# Another index, and a year that is not earlier.
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/ket-qua-sipas-2024.yaml --diagnostic-ids
echo "--- predecessors"
$CHISO eval examples/demo/par-demo.chiso tests/golden/files/years/diem-2024-tien-than-sai.yaml --diagnostic-ids
echo "--- a predecessor last year does not have"
$CHISO eval examples/demo/par-demo.chiso tests/golden/files/years/diem-2024-tien-than-go-sai.yaml --diagnostic-ids
echo "--- partial publication: a predecessor not published is a warning"
$CHISO eval examples/demo/par-demo.chiso tests/golden/files/years/diem-2024-mot-phan.yaml --diagnostic-ids
echo "--- missing file"
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/khong-co.yaml --diagnostic-ids
