"""The public CLI contract of the foundation: demo, events, exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.slow  # the full default demo (300 attendees and their activity) in a subprocess
def test_demo_then_events_json(tmp_path: Path) -> None:
    home = tmp_path / "h"
    created = run_cli("demo", home=home, check=True)
    code = created.stdout.strip()
    assert len(code) == 6
    listed = run_cli("events", "--json", home=home, check=True)
    events = json.loads(listed.stdout)
    assert [e["code"] for e in events] == [code]
    event = events[0]
    assert event["attendees"] == 300
    for key in ("title", "start", "present", "signed", "certificates"):
        assert key in event
    assert event["start"].startswith("2024-09-27T00:00:00")


def test_demo_with_zero_attendees_and_home_option(tmp_path: Path) -> None:
    home = tmp_path / "h2"
    run_cli("--home", str(home), "demo", "--attendees", "0", check=True)
    events = json.loads(run_cli("--home", str(home), "events", "--json", check=True).stdout)
    assert events[0]["attendees"] == 0
    assert (home / "ikrar.sqlite3").exists()
    assert (home / "logs").is_dir()


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    for args in (["demo", "--attendees", "-3"], ["demo", "--attendees", "x"], ["frobnicate"]):
        result = run_cli(*args, home=tmp_path / "h3")
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_help_everywhere(tmp_path: Path) -> None:
    for args in (["--help"], ["demo", "--help"], ["events", "--help"]):
        result = run_cli(*args, home=tmp_path / "h4")
        assert result.returncode == 0
        # One language: argparse's own words are Indonesian like the help texts.
        assert result.stdout.startswith("pemakaian: ikrar")
        assert "usage" not in result.stdout and "show this help" not in result.stdout
        assert "tampilkan bantuan ini lalu keluar" in result.stdout


def test_unusable_home_is_a_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("--home", str(blocker / "sub"), "events")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("ikrar:")
