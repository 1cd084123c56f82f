# Overwriting keeps the old file's permissions; a new file gets 0666 less the umask (before: 0600 from the temporary, or the umask's).
set -u; chiso=$(realpath "$CHISO"); d=$(mktemp -d); cp tests/bad/files/co-so.chiso tests/bad/files/diem-hop-le.yaml "$d"/; cd "$d"
echo "cũ" > chia-se.csv; chmod 664 chia-se.csv; echo "cũ" > rieng.xlsx; chmod 600 rieng.xlsx
"$chiso" eval co-so.chiso diem-hop-le.yaml -o chia-se.csv; echo "exit $?"
"$chiso" eval co-so.chiso diem-hop-le.yaml -o rieng.xlsx; echo "exit $?"
(umask 027; "$chiso" eval co-so.chiso diem-hop-le.yaml -o moi.json; "$chiso" report co-so.chiso diem-hop-le.yaml -o bao-cao.html); echo "exit $?"
(umask 022; "$chiso" eval co-so.chiso diem-hop-le.yaml -o moi-022.xlsx); echo "exit $?"
stat -c '%a %n' chia-se.csv rieng.xlsx moi.json bao-cao.html moi-022.xlsx; ls
cd /; rm -rf "$d"
