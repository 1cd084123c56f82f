# -o names the --previous file, or the --previous-criteria file through a symlink.
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
sed 's/year: 2024/year: 2023/' diem-hop-le.yaml > diem-2023.yaml; sed 's/^year 2024/year 2023/' co-so.chiso > tieu-chi-2023.chiso
cp tieu-chi-2023.chiso tieu-chi-2023.bak; ln -s tieu-chi-2023.chiso cu.txt
"$chiso" eval co-so.chiso diem-hop-le.yaml --previous diem-2023.yaml -o ./diem-2023.yaml --diagnostic-ids; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml --previous diem-2023.yaml --previous-criteria tieu-chi-2023.chiso -o cu.txt --lang en --diagnostic-ids; echo "exit $?"
"$chiso" report co-so.chiso diem-hop-le.yaml --previous diem-2023.yaml --previous-criteria tieu-chi-2023.chiso -o cu.txt --diagnostic-ids; echo "exit $?"
cmp -s tieu-chi-2023.chiso tieu-chi-2023.bak && echo "tieu-chi-2023.chiso unchanged"
"$chiso" eval co-so.chiso diem-hop-le.yaml --previous diem-2023.yaml --previous-criteria tieu-chi-2023.chiso -o kq.md; echo "exit $?"; head -3 kq.md
cd /; rm -rf "$d"
