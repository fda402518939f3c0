"""Start-up: what runs before the window's first paint, and what is kept out of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.main import command_of

REPO = Path(__file__).resolve().parents[2]


def test_command_is_found_before_parsing() -> None:
    assert command_of([]) is None
    assert command_of(["gui", "--lang", "en"]) == "gui"
    assert command_of(["--home", "hub", "events"]) == "events"  # "hub" is the folder here
    assert command_of(["--home", "/data", "hub", "stations"]) == "hub"
    assert command_of(["--version"]) is None


def _driver_loaded_after(home: Path, *args: str) -> str:
    """Run ``ikrar ARGS`` in a fresh interpreter; whether psycopg2 was really imported."""
    code = (
        "import sys\n"
        "from desktop_app.cli.main import main\n"
        f"status = main({list(args)!r})\n"
        "print('STATUS', status, 'DRIVER', sys.modules.get('psycopg2') is not None)\n"
    )
    env = dict(os.environ, IKRAR_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert "STATUS 0" in result.stdout, result.stdout + result.stderr
    return result.stdout


def test_station_commands_never_import_the_postgres_driver(tmp_path: Path) -> None:
    pytest.importorskip("psycopg2")  # installed with the test extras: the hub's driver
    assert "DRIVER False" in _driver_loaded_after(tmp_path / "home", "events", "--json")
    # The hub keeps it: `ikrar hub --database postgresql://...` connects through it.
    assert "DRIVER True" in _driver_loaded_after(tmp_path / "hub", "hub", "stations")


@pytest.mark.gui
def test_first_page_before_the_first_paint_scanner_and_sync_right_after(
    qtbot, home, demo_event
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.paths import DataDir
    from desktop_app.ui import app as app_module
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.scanner_input import ScannerInput

    ctx = AppContext(DataDir(home))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.created_pages() == ["acara"]  # built before the window shows; others later
    started: list[bool] = []

    def after_paint() -> None:
        app_module._after_first_paint(window, ctx)
        started.append(True)

    window.installEventFilter(app_module._AfterFirstPaint(window, after_paint))
    assert not window._global_filters  # nothing of it runs before the paint
    window.show()
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert [type(f) for f in window._global_filters] == [ScannerInput]
    assert window.created_pages() == ["acara"]
    window.close()  # removes the application-wide scanner filter
