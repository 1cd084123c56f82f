# A score file changed while chiso runs: its text is not held after loading, and a
# diagnostic's line is read again from the file only while the file is the one read;
# otherwise the message says so (no column, no wrong line). Deterministic: last year's
# file is a FIFO which this script holds open (read-write, so opening never blocks) and
# fills only once chiso has opened it — after the score file is loaded — and the score
# file is changed.
set -u; d=$(mktemp -d); cp examples/demo/scores-2024.yaml "$d/diem.yaml"; mkfifo "$d/truoc.yaml"
for lang in vi en; do
  exec 3<>"$d/truoc.yaml"
  $CHISO eval examples/demo/par-demo.chiso "$d/diem.yaml" --previous "$d/truoc.yaml" --lang $lang --diagnostic-ids \
    -o "$d/kq.csv" >"$d/log" 2>&1 3>&- & pid=$!
  until for f in /proc/$pid/fd/*; do readlink "$f"; done 2>/dev/null | grep -qxF "$d/truoc.yaml"; do
    kill -0 $pid 2>/dev/null || break; sleep 0.01; done
  echo "# sửa sau khi đọc" >> "$d/diem.yaml"
  cat tests/fixtures/years/scores-2023.yaml >&3; exec 3>&-
  wait $pid; st=$?; sed "s|$d|DIR|g" "$d/log"; echo "chiso exit: $st"; test -s "$d/kq.csv" && echo "results written"
  rm -f "$d/kq.csv"; cp examples/demo/scores-2024.yaml "$d/diem.yaml"
done
rm -rf "$d"
