#!/usr/bin/env bash
# Set-up command 1: install what is missing, build, and run the main job on the
# bundled criteria and example (Hải Phòng PAR Index 2019, compared with the ranks
# published for 2018), then write its Excel annex and HTML report to build/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target chiso
./build/chiso check criteria/haiphong/par-2019.chiso
./build/chiso eval criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml \
  --previous examples/haiphong/par-2018-ket-qua.yaml
# The same results as published: the Excel annex and the HTML report with charts.
mkdir -p build/out
./build/chiso eval criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml \
  --previous examples/haiphong/par-2018-ket-qua.yaml --format xlsx -o build/out/ket-qua-2019.xlsx
./build/chiso report criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml \
  --previous examples/haiphong/par-2018-ket-qua.yaml -o build/out/bao-cao-2019.html
echo "chiso: build/out/ket-qua-2019.xlsx (Excel annex) and build/out/bao-cao-2019.html (report) written"
