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


class _FirstPaintSnapshot:
    """What the window showed when it painted the first time (an event filter)."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        snapshot = self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
                if event.type() == QEvent.Type.Paint and not snapshot.seen:
                    snapshot.seen = {
                        "page": window.ui.pages.currentWidget().objectName(),
                        "combo": window.ui.eventCombo.currentText(),
                        "title": window.windowTitle(),
                        "nav_enabled": window.ui.navList.isEnabled(),
                        "pages": window.created_pages(),
                    }
                return False

        self.seen: dict[str, object] = {}
        self.filter = Filter(window)
        window.installEventFilter(self.filter)


@pytest.mark.gui
def test_window_paints_loading_first_then_fills_in_its_first_page(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.paths import DataDir
    from desktop_app.ui import app as app_module
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.scanner_input import ScannerInput

    ctx = AppContext(DataDir(home))
    window = MainWindow(ctx, load=False)
    qtbot.addWidget(window)
    # Before the data: a neutral page and nothing to act on.
    assert window.created_pages() == []
    assert not window.ui.navList.isEnabled() and not window.ui.eventCombo.isEnabled()
    assert not window.ui.actionNewEvent.isEnabled() and not window.ui.actionSettings.isEnabled()
    window.show_page_at(2)  # Ctrl+3 before the data is there: ignored
    assert window.created_pages() == []
    snapshot = _FirstPaintSnapshot(window)
    started: list[bool] = []

    def after_paint() -> None:
        app_module._after_first_paint(window, ctx, database_open=True)
        started.append(True)

    window.installEventFilter(app_module._AfterFirstPaint(window, after_paint))
    window.show()
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    # The first paint showed "Memuat…", never another event's data or an empty form.
    assert snapshot.seen == {
        "page": "loadingPage",
        "combo": "Memuat\u2026",
        "title": "Ikrar",
        "nav_enabled": False,
        "pages": [],
    }
    # Right after it: the event is in the switcher and on the first page.
    assert window.loaded and window.ui.navList.isEnabled() and window.ui.eventCombo.isEnabled()
    assert window.created_pages() == ["acara"]
    page = window.ui.pages.currentWidget()
    assert page.objectName() != "loadingPage"
    assert page.ui.titleEdit.text() == demo_event.title
    assert demo_event.code in window.ui.eventCombo.currentText()
    assert window.windowTitle() == f"Ikrar \u2014 {demo_event.title}"
    assert [type(f) for f in window._global_filters] == [ScannerInput]
    window.show_page_at(2)
    assert window.created_pages() == ["acara", "registrasi"]
    window.close()  # removes the application-wide scanner filter


@pytest.mark.gui
def test_a_database_that_cannot_be_opened_is_said_in_words_and_the_window_stays_inert(
    qtbot, tmp_path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.bootstrap import open_home
    from desktop_app.models import close_db
    from desktop_app.models import migrations as mig
    from desktop_app.paths import resolve_home
    from desktop_app.ui import app as app_module
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow

    root = tmp_path / "home"
    open_home(root)
    mig.SchemaVersion.create(version=mig.CURRENT_VERSION + 5, description="future")
    close_db()
    database = resolve_home(root).database
    before = database.read_bytes()
    exits: list[int] = []
    monkeypatch.setattr(app_module.QApplication, "exit", lambda code=0: exits.append(code))
    ctx = AppContext(resolve_home(root))
    window = MainWindow(ctx, load=False)
    qtbot.addWidget(window)
    window.show()
    app_module._after_first_paint(window, ctx, database_open=False)
    box = window.findChild(QMessageBox, "cannotOpenDialog")
    assert box is not None and box.isVisible()
    assert "lebih baru" in box.text()
    assert "ikrar: Basis data versi" in capsys.readouterr().err
    assert not window.loaded and not window.ui.navList.isEnabled()
    assert window.created_pages() == []
    box.button(QMessageBox.StandardButton.Ok).click()
    assert exits == [1]
    window.close()
    close_db()
    assert database.read_bytes() == before  # nothing was written to it


def test_gui_process_paints_before_the_database_and_peewee_then_fills_in(
    tmp_path: Path,
) -> None:
    """The real ``ikrar gui`` process: at its first paint neither peewee nor the models
    are imported, nor PySide6's Qt namespace built; the first page follows."""
    home = tmp_path / "home"
    env = dict(os.environ, IKRAR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "demo", "--attendees", "5"],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    code = (
        "import builtins, sys\n"
        "seen = {}\n"
        "_print = builtins.print\n"
        "def watch(*args, **kwargs):\n"
        "    if args and 'window shown' in str(args[0]):\n"
        "        seen['peewee'] = 'peewee' in sys.modules\n"
        "        seen['models'] = 'desktop_app.models' in sys.modules\n"
        "        import PySide6.QtCore\n"
        "        seen['Qt'] = 'Qt' in vars(PySide6.QtCore)\n"
        "    _print(*args, **kwargs)\n"
        "builtins.print = watch\n"
        "from desktop_app.cli.main import main\n"
        "status = main(['gui'])\n"
        "_print('AT-PAINT', seen, 'AFTER', 'peewee' in sys.modules, 'STATUS', status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=dict(env, IKRAR_EXIT_AFTER_SHOW="1"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert lines[:2] == ["ikrar: window shown", "ikrar: first page ready"], result.stderr
    # ``Qt``: PySide6 builds the namespace with every Qt:: enum on first use (~25 ms).
    assert lines[-1] == (
        "AT-PAINT {'peewee': False, 'models': False, 'Qt': False} AFTER True STATUS 0"
    )
