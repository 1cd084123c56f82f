$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/ket-qua-loi.yaml --diagnostic-ids
echo "--- not a list"
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/ket-qua-khong-phai-danh-sach.yaml --diagnostic-ids
echo "--- empty"
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/ket-qua-trong.yaml --diagnostic-ids --lang en
echo "--- not a map"
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --previous tests/golden/files/years/ket-qua-khong-phai-bang.yaml --diagnostic-ids
