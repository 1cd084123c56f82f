# -o names the file the criteria extend (read only through the extends line).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
mkdir con; printf 'extends "../co-so.chiso"\n' > con/tieu-chi-2025.chiso; ln -s ../co-so.chiso con/cha.txt
"$chiso" eval con/tieu-chi-2025.chiso diem-hop-le.yaml -o con/cha.txt --diagnostic-ids; echo "exit $?"
"$chiso" show con/tieu-chi-2025.chiso -o co-so.chiso --diagnostic-ids; echo "exit $?"
"$chiso" report con/tieu-chi-2025.chiso diem-hop-le.yaml -o con/cha.txt --diagnostic-ids; echo "exit $?"
head -1 co-so.chiso
cd /; rm -rf "$d"
