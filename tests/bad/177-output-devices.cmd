# -o /dev/null and /dev/stdout write into the device, never replace it (before: /dev/null became a file, for root).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o /dev/null; echo "exit $?"; stat -c %F /dev/null
"$chiso" eval co-so.chiso diem-hop-le.yaml -o /dev/null --format xlsx; echo "exit $?"; stat -c %F /dev/null
"$chiso" eval co-so.chiso diem-hop-le.yaml -o /dev/stdout --format csv | head -2; echo "exit ${PIPESTATUS[0]}"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o /dev/stdout --format xlsx > kq.xlsx; echo "exit $?"; head -c 2 kq.xlsx; echo
"$chiso" show co-so.chiso -o /dev/stdout | head -1; echo "exit ${PIPESTATUS[0]}"
echo "nhật ký cũ" > nhat-ky.txt; "$chiso" eval co-so.chiso diem-hop-le.yaml -o /dev/fd/3 --format csv 3>>nhat-ky.txt; echo "exit $?"; head -2 nhat-ky.txt
"$chiso" eval co-so.chiso diem-hop-le.yaml -o /dev/stderr --format csv 2>&1 >/dev/null | head -1; echo "exit ${PIPESTATUS[0]}"
ls
cd /; rm -rf "$d"
