# A partial publication (docs/language.md, "Partial publications"): 21 of 63 provinces
# listed, 20 with their published rank, one not ranked; every output says so.
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml --lang en --format md
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml --format csv
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml --format json
echo "--- explain: a published rank, a unit not ranked"
$CHISO explain examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml tinh-05
$CHISO explain examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml tinh-33 --lang en
echo "--- listed without published ranks: ranks among the listed, said so"
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/golden/files/partial/diem-khong-hang-cong-bo.yaml
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/golden/files/partial/diem-khong-hang-cong-bo.yaml --lang en
echo "--- a unit not ranked, no listing"
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/golden/files/partial/diem-khong-xep-hang.yaml
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso tests/golden/files/partial/diem-khong-xep-hang.yaml --lang en --format json
$CHISO explain examples/synthetic/cong-bo-mot-phan.chiso tests/golden/files/partial/diem-khong-xep-hang.yaml tinh-05
