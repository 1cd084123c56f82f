# An Excel workbook is a file: without -o it is a usage error (exit 2), before any file is read.
$CHISO eval examples/demo/par-demo.chiso examples/demo/scores-2024.yaml --format xlsx --diagnostic-ids
