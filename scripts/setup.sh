#!/usr/bin/env bash
# Set-up command 1: install what is missing, build, and run the main job on the
# bundled criteria and example (Hải Phòng PAR Index 2019, compared with the ranks
# published for 2018).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target chiso
./build/chiso check criteria/haiphong/par-2019.chiso
./build/chiso eval criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml \
  --previous examples/haiphong/par-2018-ket-qua.yaml
