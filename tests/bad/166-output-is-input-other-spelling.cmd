# The same file by another name: ./x, a path through another folder, a hard link, a symlink.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
mkdir khac; ln diem-hop-le.yaml lien-ket-cung.yaml; ln -s diem-hop-le.yaml lien-ket-mem.txt
for o in ./diem-hop-le.yaml khac/../diem-hop-le.yaml "$d/diem-hop-le.yaml" lien-ket-cung.yaml lien-ket-mem.txt; do
  "$chiso" eval co-so.chiso diem-hop-le.yaml -o "$o" --lang en --diagnostic-ids 2>&1 | sed "s|$d|TMP|g"; echo "exit ${PIPESTATUS[0]}"
done
head -1 diem-hop-le.yaml
cd /; rm -rf "$d"
