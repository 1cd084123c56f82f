#!/usr/bin/env bash
# Installs the Debian 12 packages chiso needs, only those missing. Needs root
# (or passwordless sudo) when something is missing; a no-op otherwise.
set -euo pipefail
# pkg-config, libxlsxwriter: the Excel annex; libreoffice-calc-nogui: its test (tests/xlsx/).
# chromium, python3 and a font with Vietnamese letters: the HTML report's browser test (tests/browser/).
# python3-pandas: the benchmark's reference (bench/). libgmp: points beyond 64 bits.
# libyaml-dev: the YAML event parser under engine/input (yaml_tree.cpp).
packages=(g++ cmake make libyaml-dev tao-pegtl-dev libfmt-dev libgtest-dev libcli11-dev nlohmann-json3-dev libicu-dev libgmp-dev
          pkg-config libxlsxwriter-dev libreoffice-calc-nogui chromium python3 fonts-dejavu-core python3-pandas)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "chiso: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
