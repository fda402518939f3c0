"""What a user sees when something unexpected breaks: plain words, where the log is.

``install_excepthook(home)`` routes uncaught exceptions on the GUI thread here; the
traceback goes to the log file, never onto the screen.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.paths import DataDir

log = logging.getLogger("ikrar.ui")


class ErrorDialog(QDialog):
    def __init__(self, summary: str, log_file: Path, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QStyle  # its hundreds of enum values cost start-up time

        from desktop_app.ui.forms.ui_error_dialog import (
            Ui_ErrorDialog,  # only paid when something breaks
        )

        super().__init__(parent)
        self.log_file = log_file
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        self.ui.whatLabel.setText(self.tr("Yang terjadi: %1").replace("%1", summary))
        self.ui.logLabel.setText(
            self.tr(
                "Rincian teknis tercatat di berkas log:\n%1\nKirimkan berkas ini kepada "
                "petugas teknis bila masalah berulang."
            ).replace("%1", str(log_file))
        )
        self.ui.openLogButton.clicked.connect(self.open_log_folder)
        self.setMinimumWidth(520)

    def open_log_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def describe(exc: BaseException) -> str:
    """A short, plain description: the kind of problem, not a traceback."""
    translate = QCoreApplication.translate
    if isinstance(exc, MemoryError):
        return translate("ErrorDialog", "Memori komputer tidak cukup.")
    if isinstance(exc, PermissionError):
        return translate(
            "ErrorDialog", "Ikrar tidak diizinkan membuka atau menulis berkas (%1)."
        ).replace("%1", str(exc.filename or exc))
    if isinstance(exc, OSError):
        return translate("ErrorDialog", "Berkas atau perangkat tidak dapat dipakai (%1).").replace(
            "%1", str(exc.strerror or exc)
        )
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class ExceptHook:
    """``sys.excepthook`` replacement: log the traceback, show one dialog at a time."""

    def __init__(self, home: DataDir) -> None:
        self.home = home
        self.showing = False
        self.dialogs_shown = 0

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if self.showing or QApplication.instance() is None:
            return  # an error while the dialog is open: logged, not stacked
        if threading.current_thread() is not threading.main_thread():
            return  # widgets only on the GUI thread; the log has it
        self.showing = True
        try:
            dialog = ErrorDialog(describe(exc), self.home.log_file, QApplication.activeWindow())
            self.dialogs_shown += 1
            dialog.exec()
        finally:
            self.showing = False


def install_excepthook(home: DataDir) -> ExceptHook:
    hook = ExceptHook(home)
    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in thread %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    threading.excepthook = thread_hook
    return hook
