"""``--smoke``: every benchmark's few-second run with small sizes.

The test suite runs each script this way (tests/shell/test_benchmarks_smoke.py), so a change
that breaks a benchmark fails CI; the figures of a smoke run mean nothing. Full runs stay
out of the suite.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any


def parse_args(
    parser: argparse.ArgumentParser, smoke: dict[str, Any], argv: Sequence[str] | None = None
) -> argparse.Namespace:
    """Parse ``argv`` with a ``--smoke`` flag that turns ``smoke`` into the defaults
    (options given explicitly still win)."""
    parser.add_argument(
        "--smoke", action="store_true", help="a few-second run with small sizes (CI)"
    )
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--smoke" in arguments:
        parser.set_defaults(**smoke)
    return parser.parse_args(arguments)
