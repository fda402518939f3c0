"""benchmarks/documents.py keeps running (its --smoke mode, a few seconds)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_documents_benchmark_smoke() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.documents", "--smoke"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for figure in (
        "naive loop",
        "x the naive loop",
        "per attendee",
        "surat pernyataan",
        "daftar hadir",
    ):
        assert figure in result.stdout, result.stdout
