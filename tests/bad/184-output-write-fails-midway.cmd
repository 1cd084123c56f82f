# A write that fails halfway (file size limit, ulimit -f): reported, the old result intact, no temporary left.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
echo "kết quả cũ" > kq.json; echo "kết quả cũ" > kq.xlsx
(ulimit -f 1; "$chiso" eval co-so.chiso diem-hop-le.yaml -o kq.json --diagnostic-ids); echo "exit $?"
(ulimit -f 1; "$chiso" eval co-so.chiso diem-hop-le.yaml -o kq.xlsx --lang en --diagnostic-ids 2>&1 | grep -v '^\[ERROR\]'; exit ${PIPESTATUS[0]}); echo "exit $? (libxlsxwriter's own [ERROR] lines left out)"
cat kq.json kq.xlsx; ls
cd /; rm -rf "$d"
