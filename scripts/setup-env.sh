#!/usr/bin/env bash
# Prepare a fresh Debian machine (Python 3.11) for Ikrar: Debian packages, a .venv, Python packages.
# Used by scripts/demo.sh and scripts/test.sh; safe to run again (it skips what is already there).
#   IKRAR_SETUP=app   only what the app needs (default)
#   IKRAR_SETUP=test  plus test tools (Xvfb, zbar, poppler, qpdf, PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${IKRAR_SETUP:-app}"
debs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libpulse0 python3-venv)
if [ "$mode" = test ]; then
  debs+=(xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
         libxcb-render-util0 libxcb-shape0 libxcb-xkb1 zbar-tools poppler-utils qpdf postgresql
         cups printer-driver-cups-pdf chromium xdotool)
else
  debs+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
         libxcb-render-util0 libxcb-shape0 libxcb-xkb1)
fi

missing=()
for pkg in "${debs[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.ikrar-installed-$mode
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$mode" = test ]; then
    .venv/bin/python -m pip install -q -e ".[test,dev,webcam]"
  else
    .venv/bin/python -m pip install -q -e ".[webcam]"
  fi
  touch "$stamp"
fi
