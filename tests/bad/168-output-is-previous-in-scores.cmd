# -o names last year's file, named only inside the score file (previous:).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
sed 's/year: 2024/year: 2023/' diem-hop-le.yaml > nam-truoc.yaml; cp nam-truoc.yaml nam-truoc.bak
sed 's/^units:/previous: nam-truoc.yaml\nunits:/' diem-hop-le.yaml > diem-2024.yaml
"$chiso" eval co-so.chiso diem-2024.yaml -o nam-truoc.yaml --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-2024.yaml --format xlsx -o ./nam-truoc.yaml --lang en --diagnostic-ids; echo "exit $?"
cmp -s nam-truoc.yaml nam-truoc.bak && echo "nam-truoc.yaml unchanged"
"$chiso" eval co-so.chiso diem-2024.yaml -o ket-qua.csv; echo "exit $?"; ls
cd /; rm -rf "$d"
