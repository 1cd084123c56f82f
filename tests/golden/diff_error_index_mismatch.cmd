# A score file of another index: the index must match both sides (the year may differ).
# Run in a temporary folder with copies, so no absolute path reaches the output.
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
sed 's/^index: par/index: sipas/' examples/demo/scores-2024.yaml > "$d/diem.yaml"
cp examples/demo/par-demo.chiso examples/demo/par-demo-2025.chiso "$d/"
cd "$d" && $CHISO diff par-demo.chiso par-demo-2025.chiso --scores diem.yaml --diagnostic-ids
