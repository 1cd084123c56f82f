#!/usr/bin/env bash
# Set-up command 2: install what is missing, build everything and run every test
# (unit tests per phase, golden diagnostics, CLI end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCHISO_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
