# The folder of -o is missing, or is a file: the reason is given, nothing is created.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o chua-co/kq.csv --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o diem-hop-le.yaml/kq.csv --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o chua-co/kq.xlsx --lang en --diagnostic-ids; echo "exit $?"
"$chiso" report co-so.chiso diem-hop-le.yaml -o diem-hop-le.yaml/bao-cao.html --lang en --diagnostic-ids; echo "exit $?"
ls
cd /; rm -rf "$d"
