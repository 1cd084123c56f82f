# A folder the user may not write in, and a rename the system refuses (run as an ordinary
# user: root may write anywhere): reported, the old file intact, no temporary left.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
mkdir khoa; echo "kết quả cũ" > khoa/kq.csv; chmod 666 khoa/kq.csv; chmod 555 khoa; chmod 755 "$d"
as_user() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
as_user "$chiso" eval co-so.chiso diem-hop-le.yaml -o khoa/kq.csv --diagnostic-ids; echo "exit $?"
as_user "$chiso" eval co-so.chiso diem-hop-le.yaml -o khoa/moi.xlsx --lang en --diagnostic-ids; echo "exit $?"
ls -a khoa; cat khoa/kq.csv
mkdir chung; chmod 1777 chung; echo "của người khác" > chung/kq.csv; chmod 666 chung/kq.csv
as_user "$chiso" eval co-so.chiso diem-hop-le.yaml -o chung/kq.csv --diagnostic-ids; echo "exit $? (sticky folder: the rename over another user's file fails)"
ls -a chung; cat chung/kq.csv
cd /; chmod -R u+w "$d"; rm -rf "$d"
