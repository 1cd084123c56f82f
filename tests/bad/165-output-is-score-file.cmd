# The review's example: -o names the score file. Refused before anything is written; the file is intact.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
sum=$(md5sum diem-hop-le.yaml)
"$chiso" eval co-so.chiso diem-hop-le.yaml -o diem-hop-le.yaml --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml --format xlsx -o diem-hop-le.yaml --diagnostic-ids; echo "exit $?"
[ "$(md5sum diem-hop-le.yaml)" = "$sum" ] && echo "diem-hop-le.yaml unchanged"; ls
cd /; rm -rf "$d"
