#!/usr/bin/env bash
# Quick start 2: install what is missing, then run the whole test suite (slow tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
IKRAR_SETUP=test bash scripts/setup-env.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
