# `--bom`: CSV that Excel opens with the Vietnamese names intact (EF BB BF first).
d=$(mktemp -d)
$CHISO eval criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml --format csv --bom -o "$d/kq.csv"
od -An -tx1 -N3 "$d/kq.csv"
tail -c +4 "$d/kq.csv" | head -3
rm -rf "$d"
