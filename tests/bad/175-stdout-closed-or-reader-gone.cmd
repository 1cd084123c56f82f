# Standard output closed (>&-): an error. A reader that stops early (| head -1): not an error.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
"$chiso" eval co-so.chiso diem-hop-le.yaml --diagnostic-ids >&-; echo "exit $?"
"$chiso" diff co-so.chiso co-so.chiso --lang en --diagnostic-ids >&-; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o kq.csv >&-; echo "exit $? (-o: standard output not used)"; head -1 kq.csv
"$chiso" eval co-so.chiso diem-hop-le.yaml --diagnostic-ids | head -1; echo "exit ${PIPESTATUS[0]}"
yes co-so.chiso | head -3000 | xargs "$chiso" check | head -1; echo "exit ${PIPESTATUS[2]}"
cd /; rm -rf "$d"
