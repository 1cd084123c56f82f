d=$(mktemp -d); mkfifo "$d/ca.yaml"; $CHISO test /dev/zero --diagnostic-ids; echo "exit: $?"; cd "$d" && timeout 20 $CHISO test ca.yaml --diagnostic-ids --lang en; rc=$?; rm -rf "$d"; exit $rc
