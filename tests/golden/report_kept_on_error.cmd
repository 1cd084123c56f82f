# `chiso report` follows the diagnostics path: on an error in the scores, the
# messages, exit 1, and the previous report.html is left as it was.
d=$(mktemp -d); echo "previous report" > "$d/report.html"; $CHISO report examples/demo/par-demo.chiso tests/golden/files/cli_bad_scores.yaml -o "$d/report.html" --diagnostic-ids; rc=$?; echo "exit code: $rc"; cat "$d/report.html"; ls "$d"; rm -rf "$d"; exit $rc
