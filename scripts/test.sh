#!/usr/bin/env bash
# Quick start 2: install what is missing, then run the whole test suite (slow tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
IKRAR_SETUP=test bash scripts/setup-env.sh
export QT_QPA_PLATFORM=offscreen
# Two worker processes; whole files stay on one worker (--dist loadfile) so module-wide
# set-ups (the PyInstaller build, the PostgreSQL cluster, shared hubs) run once. `-n 0` turns
# it off (e.g. for `--pdb`).
exec .venv/bin/python -m pytest -n auto --dist loadfile "$@"
