$CHISO check /etc/passwd --diagnostic-ids; echo "exit: $?"; $CHISO eval /dev/zero tests/bad/files/diem-hop-le.yaml --diagnostic-ids --lang en
