"""Shared fixtures: offscreen Qt, a fresh data directory and database per test."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh IKRAR_HOME with an initialised (real SQLite) database."""
    from desktop_app.bootstrap import open_home
    from desktop_app.models import close_db

    root = tmp_path / "home"
    monkeypatch.setenv("IKRAR_HOME", str(root))
    open_home(root)
    yield root
    close_db()


@pytest.fixture
def demo_event(home: Path):  # type: ignore[no-untyped-def]
    """The demo event with 40 invited attendees and no activity yet (small, fast)."""
    from tests.factories import plain_event

    return plain_event()


def run_cli(
    *args: str, home: Path | None = None, check: bool = False, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desktop_app`` as a real process, like a script would."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if home is not None:
        env["IKRAR_HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"ikrar {' '.join(args)} failed: {result.stderr}")
    return result
