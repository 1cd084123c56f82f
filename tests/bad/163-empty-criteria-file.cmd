d=$(mktemp -d); : > "$d/par-2024.chiso"; cd "$d" && $CHISO check par-2024.chiso --diagnostic-ids; rc=$?; rm -rf "$d"; exit $rc
