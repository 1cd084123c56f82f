# A --format that contradicts -o's extension is refused before anything is read or written.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
"$chiso" eval co-so.chiso diem-hop-le.yaml --format csv -o kq.xlsx --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml --format table -o kq.json --lang en --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml --format xlsx -o kq.csv --diagnostic-ids; echo "exit $?"
"$chiso" diff co-so.chiso co-so.chiso --format json -o so-sanh.md --diagnostic-ids; echo "exit $?"
"$chiso" replay co-so.chiso diem-hop-le.yaml --format md -o tinh-lai.csv --lang en --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml --format csv -o kq.txt; echo "kq.txt (no meaning): exit $? — $(head -c 5 kq.txt)"
ls
cd /; rm -rf "$d"
