d=$(mktemp -d); truncate -s 300M "$d/diem.yaml"; $CHISO eval examples/demo/par-demo.chiso "$d/diem.yaml" --diagnostic-ids 2>&1 | sed "s|$d|TMP|g"; rc=${PIPESTATUS[0]}; rm -rf "$d"; exit $rc
