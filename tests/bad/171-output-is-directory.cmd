# -o names a folder: refused with a file name to use (before: nothing written, exit 0). -o "": refused too.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
mkdir ket-qua
for f in table csv json md xlsx; do "$chiso" eval co-so.chiso diem-hop-le.yaml --format $f -o ket-qua --diagnostic-ids; echo "exit $?"; done
"$chiso" report co-so.chiso diem-hop-le.yaml -o ket-qua/ --diagnostic-ids; echo "exit $?"
"$chiso" explain co-so.chiso diem-hop-le.yaml so-noi-vu -o . --lang en --diagnostic-ids; echo "exit $?"
"$chiso" diff co-so.chiso co-so.chiso -o "" --diagnostic-ids; echo "exit $?"
ls -a ket-qua
cd /; rm -rf "$d"
