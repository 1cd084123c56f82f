# explain given a name two units share: an error listing their ids (before: silently the first).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
sed 's/name: "Sở Tư pháp"/name: "Sở Nội vụ"/' diem-hop-le.yaml > trung-ten.yaml
"$chiso" explain co-so.chiso trung-ten.yaml "Sở Nội vụ" --diagnostic-ids; echo "exit $?"
"$chiso" explain co-so.chiso trung-ten.yaml "Sở Nội vụ" --lang en --diagnostic-ids; echo "exit $?"
"$chiso" explain co-so.chiso trung-ten.yaml so-tu-phap | head -1; echo "exit ${PIPESTATUS[0]}"
"$chiso" explain co-so.chiso diem-hop-le.yaml "Sở Tư pháp" | head -1; echo "exit ${PIPESTATUS[0]}"
cd /; rm -rf "$d"
