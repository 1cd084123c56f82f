d=$(mktemp -d); $CHISO eval criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml --format csv -o "$d/kq.csv" && ls "$d" && head -3 "$d/kq.csv"; rm -rf "$d"
