# -o to a symlink writes its target, as cp and sort -o do; the link stays a link (before: replaced by a file).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
mkdir chung; echo "cũ" > chung/ket-qua.csv; ln -s chung/ket-qua.csv moi-nhat.csv; ln -s chung/chua-co.json treo.json
"$chiso" eval co-so.chiso diem-hop-le.yaml -o moi-nhat.csv; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o treo.json; echo "exit $?"
for f in moi-nhat.csv treo.json; do echo "$f -> $(readlink $f)"; done; ls chung; head -2 chung/ket-qua.csv; head -2 chung/chua-co.json
ln -s vong-b.csv vong-a.csv; ln -s vong-a.csv vong-b.csv
"$chiso" eval co-so.chiso diem-hop-le.yaml -o vong-a.csv --diagnostic-ids; echo "exit $?"
cd /; rm -rf "$d"
