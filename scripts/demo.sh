#!/usr/bin/env bash
# Quick start 1: install what is missing, then open Ikrar on a demo event (data in ./ikrar-home).
set -euo pipefail
cd "$(dirname "$0")/.."
IKRAR_SETUP=app bash scripts/setup-env.sh
export IKRAR_HOME="${IKRAR_HOME:-$PWD/ikrar-home}"
exec .venv/bin/python -m desktop_app gui --demo "$@"
