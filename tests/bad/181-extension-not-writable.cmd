# An extension naming a format the command cannot write: refused with what it writes, and where to get that format.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o kq.html --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o kq.xls --lang en --diagnostic-ids; echo "exit $?"
"$chiso" report co-so.chiso diem-hop-le.yaml -o bao-cao.xlsx --diagnostic-ids; echo "exit $?"
"$chiso" explain co-so.chiso diem-hop-le.yaml so-noi-vu -o giai-thich.csv --diagnostic-ids; echo "exit $?"
"$chiso" show co-so.chiso -o tieu-chi.json --lang en --diagnostic-ids; echo "exit $?"
"$chiso" diff co-so.chiso co-so.chiso -o so-sanh.htm --diagnostic-ids; echo "exit $?"
"$chiso" replay co-so.chiso diem-hop-le.yaml -o tinh-lai.xlsx --diagnostic-ids; echo "exit $?"
ls
cd /; rm -rf "$d"
