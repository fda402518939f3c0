"""Start the desktop application: Qt, fonts, translations, error handling, main window.

Start-up stays fast by importing only what the first screen needs; pages import their
heavy libraries (reportlab, cryptography, QtMultimedia, openpyxl) when first shown.
Set ``IKRAR_EXIT_AFTER_SHOW=1`` to quit as soon as the window is painted (start-up benchmark).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.paths import DataDir
from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("ikrar.ui")

ENV_EXIT_AFTER_SHOW = "IKRAR_EXIT_AFTER_SHOW"
SHOWN_MARKER = "ikrar: window shown"
PAGE_READY_MARKER = "ikrar: first page ready"


class PseudoTranslator(QTranslator):
    """Stretches every string by about 40% in brackets: shows clipped or hard-coded text.

    Enabled with ``IKRAR_PSEUDO_LOCALE=1`` (developers; see tools/screenshots.py).
    """

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or source.startswith("<"):  # rich text: leave the markup intact
            return source
        return f"[{source}{'~' * max(2, len(source) * 2 // 5)}]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Ikrar's and Qt's own translations for ``language`` (none for Indonesian sources)."""
    translators: list[QTranslator] = []
    if os.environ.get("IKRAR_PSEUDO_LOCALE") == "1":
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        translators.append(pseudo)
    QLocale.setDefault(
        QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Indonesian)
    )
    if language == "id":
        # Our strings are Indonesian already; Qt's own dialogs (file chooser, print, OK/Batal)
        # need a catalogue of ours, as Qt ships no Indonesian one.
        qt_id = QTranslator(app)
        if qt_id.load(str(resource_path("translations", "qtbase_id.qm"))):
            app.installTranslator(qt_id)
            translators.append(qt_id)
        else:
            log.warning("translation qtbase_id.qm not found")
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"ikrar_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("translation ikrar_%s.qm not found", language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        translators.append(qtbase)
    return translators


class _ExitAfterShow(QObject):
    """Report the first paint of the window, then the first page being ready, then quit.

    Lets the start-up benchmark time both moments without a human.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            watched.removeEventFilter(self)
            print(SHOWN_MARKER, flush=True)
            QTimer.singleShot(0, self._wait_for_page)
        return False

    def _wait_for_page(self) -> None:
        if not self.window.created_pages():  # a page built after the first paint
            QTimer.singleShot(0, self._wait_for_page)
            return
        print(PAGE_READY_MARKER, flush=True)
        QApplication.quit()


class _AfterFirstPaint(QObject):
    """Run ``then`` once the window's first paint is done (before any key is read)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this paint has been drawn
        return False


def require_display() -> None:
    """On Linux without X11/Wayland Qt aborts the process; say so in words instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

        raise UserError(
            "gui.no_display",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Tidak ada layar grafis (DISPLAY/WAYLAND_DISPLAY kosong). Jalankan Ikrar dari "
                "desktop, atau pakai perintah baris seperti 'ikrar events'.",
            ),
        )


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Fractional scaling (125%/150% on Windows laptops) is not rounded: Qt 6's default
    # rounding policy is PassThrough (setting it here would build the Qt namespace, ~25 ms
    # of start-up; see main_window.NAV_KEY_ROLE).
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Ikrar")
    app.setOrganizationName("Ikrar")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "ikrar.svg"))))
    return app


def run_app(home: DataDir, language: str | None = None, database_open: bool = True) -> int:
    """Open the main window on ``home`` and run the event loop; returns the exit code.

    The window paints first (frame, page list, "Memuat…"); the database is opened and
    migrated (unless ``database_open``) and the data filled in right after that first
    paint, before anything in the window can be used. Only the interface language and the
    window geometry are read before, straight from the file (``SettingKey.peek``).
    """
    from desktop_app.services.common import settings
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.error_dialog import install_excepthook
    from desktop_app.ui.fonts import apply_ui_font

    require_display()
    app = create_application()
    apply_ui_font(app)
    if not language:
        language = (
            settings.LANGUAGE.get() if database_open else settings.LANGUAGE.peek(home.database)
        )
    app.translators = install_translations(app, language)  # type: ignore[attr-defined]
    install_excepthook(home)

    from desktop_app.ui.main_window import MainWindow

    ctx = AppContext(home)
    window = MainWindow(ctx, load=False)
    if os.environ.get(ENV_EXIT_AFTER_SHOW) == "1":
        window.installEventFilter(_ExitAfterShow(window))
    window.installEventFilter(
        _AfterFirstPaint(window, lambda: _after_first_paint(window, ctx, database_open, language))
    )
    window.show()
    code = int(app.exec())
    from desktop_app.ui.tasks import wait_for_writes

    wait_for_writes()  # a check-in queued at the last moment still reaches the disk
    return code


def _after_first_paint(
    window: MainWindow, ctx: AppContext, database_open: bool, language: str = ""
) -> None:
    """Open the database, fill the window in, then start what the first paint did not
    need: scanner, background sync, document fonts."""
    from desktop_app.services.common.errors import UserError

    if not database_open:
        from desktop_app.bootstrap import open_data_dir

        try:
            open_data_dir(ctx.home)
        except UserError as error:
            _cannot_open(window, error)
            return
    log.info("main window shown (language %s)", language or "id")  # the log is open now
    from desktop_app.services.common import preferences
    from desktop_app.ui.desk_opening_dialog import open_desk_if_needed
    from desktop_app.ui.fonts import register_fonts
    from desktop_app.ui.key_protection_dialogs import unlock_if_protected
    from desktop_app.ui.scanner_input import install_scanner
    from desktop_app.ui.sync.sync_runner import start_background_sync

    ctx.operator = preferences.operator()
    window.load_data()
    install_scanner(window)  # a barcode/QR scanner works from any page

    def open_desk() -> None:
        open_desk_if_needed(window, ctx)  # who is at this desk today (asked once a day)
        start_background_sync(ctx)  # resumes only if the user turned background sync on

    # A protected station asks its passphrase first: check-ins and sync sign with the keys.
    unlock_if_protected(window, ctx.home.keys, open_desk)
    register_fonts()  # the serif faces of document previews


def _cannot_open(window: MainWindow, error: Exception) -> None:
    """The data folder cannot be used (not writable, damaged, from a newer Ikrar): say
    why in words, on the terminal as ``ikrar`` commands do and in a dialog, then quit
    with exit code 1. The window stays in its loading state: nothing can be done in it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.messages import error_text

    text = error_text(error)
    log.error("cannot open the data folder: %s", error)
    print(f"ikrar: {text}", file=sys.stderr, flush=True)
    title = QCoreApplication.translate("MainWindow", "Ikrar")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("cannotOpenDialog")
    box.finished.connect(lambda _result: QApplication.exit(1))
    box.open()
