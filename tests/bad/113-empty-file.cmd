d=$(mktemp -d); : > "$d/diem.yaml"; cd "$d" && $CHISO eval "$OLDPWD/tests/bad/files/co-so.chiso" diem.yaml --diagnostic-ids 2>&1 | sed "s|$OLDPWD/||g"; rc=${PIPESTATUS[0]}; rm -rf "$d"; exit $rc
