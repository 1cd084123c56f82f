# Both files are required; --lang is vi or en.
$CHISO report examples/demo/par-demo.chiso; echo "exit code: $?"; $CHISO report examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --lang fr
