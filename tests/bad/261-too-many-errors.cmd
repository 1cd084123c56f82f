d=$(mktemp -d); yes 'year "hai nghìn"' | head -n 5000 > "$d/loi.chiso"; cd "$d" && $CHISO check loi.chiso --diagnostic-ids 2>&1 | tail -n 4; rc=${PIPESTATUS[0]}; rm -rf "$d"; exit $rc
