# SIGTERM or SIGHUP while a large result is being written (sent as soon as the temporary
# file appears, so it nearly always lands during the write and sync): no temporary file is
# left, and kq.json is either the old result (killed) or the whole new one (the write won
# the race). Anything else is printed. (SIGINT: tests/unit/cli — background jobs ignore it.)
set -u; chiso=$(realpath "$CHISO"); gen=$(dirname "$chiso")/bench/chiso_bench_gen; d=$(mktemp -d)
"$gen" criteria -o "$d/c.chiso" && "$gen" scores --units 1000 -o "$d/s.yaml"
for sig in TERM HUP; do
  echo "kết quả cũ" > "$d/kq.json"
  "$chiso" eval "$d/c.chiso" "$d/s.yaml" -o "$d/kq.json" 2>/dev/null & pid=$!  # the generated scores have bonuses above their cap: warnings
  until compgen -G "$d/kq.json.tmp-*" >/dev/null || ! kill -0 $pid 2>/dev/null; do :; done
  kill -$sig $pid; { wait $pid; } 2>/dev/null; st=$?
  left=$(ls "$d" | grep -v -x -e c.chiso -e s.yaml -e kq.json)
  if [ "$st" = $((128 + $(kill -l $sig))) ] && [ "$(cat "$d/kq.json")" = "kết quả cũ" ]; then verdict=ok  # killed: old kept
  elif [ "$st" = 0 ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$d/kq.json"; then verdict=ok  # finished first
  else verdict="BROKEN (exit $st): $(head -c 80 "$d/kq.json")"; fi
  echo "SIG$sig: ${verdict}${left:+; left behind: $left}"
done
rm -rf "$d"
