# Without --format, -o's extension decides (before: table text in a file named .xlsx, which Excel calls corrupt).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o kq.xlsx; echo "kq.xlsx: exit $? — $(head -c 2 kq.xlsx)"
for f in kq.csv kq.json kq.md kq.txt KQ.CSV kq; do "$chiso" eval co-so.chiso diem-hop-le.yaml -o $f; echo "$f: exit $? — $(head -c 24 $f | head -1)"; done
"$chiso" diff co-so.chiso co-so.chiso --scores diem-hop-le.yaml -o so-sanh.json; echo "so-sanh.json: exit $? — $(head -c 1 so-sanh.json)"
"$chiso" replay co-so.chiso diem-hop-le.yaml -o tinh-lai.csv; echo "tinh-lai.csv: exit $? — $(head -1 tinh-lai.csv | cut -c1-30)"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o kq-bom.csv --bom; echo "kq-bom.csv: exit $? — $(head -c 3 kq-bom.csv | od -An -tx1)"
cd /; rm -rf "$d"
