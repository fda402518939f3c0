"""Settings dialog, the error dialog for unexpected exceptions, and the real app start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.models import Station
from desktop_app.paths import DataDir
from desktop_app.services.common import preferences
from desktop_app.ui.context import AppContext
from desktop_app.ui.error_dialog import ErrorDialog, ExceptHook, describe
from desktop_app.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]


def test_settings_persist_language_station_operator(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(DataDir(home))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.languageCombo.currentData() == "id"
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.stationEdit.selectAll()
    qtbot.keyClicks(ui.stationEdit, "Meja 3")
    qtbot.keyClicks(ui.operatorEdit, "Yuliana Bria")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):  # closes once committed
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.language_changed is True
    assert preferences.language() == "en"
    assert Station.get(Station.is_local == True).name == "Meja 3"  # noqa: E712
    assert preferences.operator() == ctx.operator == "Yuliana Bria"


def test_settings_refuse_empty_station_and_keep_old_values(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    old_station = preferences.station_name()
    dialog = SettingsDialog(AppContext(DataDir(home)))
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.stationEdit.clear()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisibleTo(dialog), timeout=5000)
    assert dialog.ui.errorLabel.text().startswith("Nama stasiun wajib diisi")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert preferences.station_name() == old_station
    assert preferences.language() == "id"  # nothing of the failed save was kept


def test_excepthook_logs_and_shows_plain_dialog(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    data = DataDir(home)
    hook = ExceptHook(data)
    shown: list[ErrorDialog] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ErrorDialog)
        shown.append(dialog)
        dialog.ui.closeButton.click()

    QTimer.singleShot(0, close_dialog)
    try:
        raise ValueError("kolom tanggal kosong")
    except ValueError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert hook.dialogs_shown == 1 and len(shown) == 1
    dialog = shown[0]
    assert "ValueError: kolom tanggal kosong" in dialog.ui.whatLabel.text()
    assert str(data.log_file) in dialog.ui.logLabel.text()
    assert "tetap aman" in dialog.ui.safeLabel.text()
    log_text = data.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log_text and "kolom tanggal kosong" in log_text


def test_describe_uses_plain_words() -> None:
    assert describe(MemoryError()) == "Memori komputer tidak cukup."
    assert "tidak diizinkan" in describe(PermissionError(13, "denied", "/data/x.pdf"))


def _gui_env(home) -> dict[str, str]:  # type: ignore[no-untyped-def]
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", IKRAR_HOME=str(home), IKRAR_EXIT_AFTER_SHOW="1"
    )
    return env


def test_real_app_starts_and_shows_window(home, demo_event) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "gui", "--lang", "en"],
        cwd=REPO,
        env=_gui_env(home),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "ikrar: window shown" in result.stdout
    log_text = DataDir(home).log_file.read_text(encoding="utf-8")
    assert "main window shown (language en)" in log_text
    # Start-up stayed light: none of the heavy libraries was imported for the first screen.
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, runpy, os\n"
            "sys.argv=['ikrar','gui']\n"
            "try:\n    runpy.run_module('desktop_app', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "heavy=[m for m in ('reportlab','cryptography','openpyxl','PySide6.QtMultimedia',"
            "'psycopg2._psycopg','ssl','httpx','PIL')"
            " if m in sys.modules]\n"
            "print('HEAVY', heavy)",
        ],
        cwd=REPO,
        env=_gui_env(home),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "HEAVY []" in check.stdout, check.stdout + check.stderr


def test_no_display_is_a_plain_user_error(home) -> None:  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs X11 or Wayland")
    env = {
        k: v
        for k, v in _gui_env(home).items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "gui"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("ikrar: Tidak ada layar grafis")
    assert "Traceback" not in result.stderr
