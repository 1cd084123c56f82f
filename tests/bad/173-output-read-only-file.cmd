# A file made read-only is not replaced (before: replaced silently, since the folder is writable).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
echo "kết quả đã nộp" > da-nop.csv; chmod 444 da-nop.csv
"$chiso" eval co-so.chiso diem-hop-le.yaml -o da-nop.csv --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o da-nop.csv --lang en --diagnostic-ids; echo "exit $?"
cat da-nop.csv; stat -c %a da-nop.csv; ls
cd /; rm -rf "$d"
