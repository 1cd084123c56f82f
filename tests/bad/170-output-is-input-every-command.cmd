# explain, show, diff (--scores), replay (--from): -o naming one of the run's inputs.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
cp co-so.chiso moi.chiso; ln -s co-so.chiso cu.txt; ln -s diem-hop-le.yaml diem.txt
"$chiso" explain co-so.chiso diem-hop-le.yaml so-noi-vu -o diem-hop-le.yaml --diagnostic-ids; echo "exit $?"
"$chiso" show co-so.chiso -o ./co-so.chiso --diagnostic-ids; echo "exit $?"
"$chiso" diff co-so.chiso moi.chiso --scores diem-hop-le.yaml -o diem.txt --diagnostic-ids; echo "exit $?"
"$chiso" diff co-so.chiso moi.chiso -o cu.txt --diagnostic-ids; echo "exit $?"
"$chiso" replay moi.chiso diem-hop-le.yaml --from co-so.chiso -o cu.txt --diagnostic-ids; echo "exit $?"
"$chiso" replay moi.chiso diem-hop-le.yaml -o diem.txt --lang en --diagnostic-ids; echo "exit $?"
cmp -s co-so.chiso moi.chiso && echo "co-so.chiso unchanged"; head -2 diem-hop-le.yaml
cd /; rm -rf "$d"
