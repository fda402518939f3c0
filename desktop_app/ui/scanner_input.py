"""Detect a keyboard-wedge barcode/QR scanner anywhere in the application.

A scanner "types" its code as a burst of keystrokes a few milliseconds apart and ends
with Enter; people type far slower (≥ 60 ms between keys even when fast). Installed on
the ``QApplication`` (``MainWindow.install_global_input``), this filter watches every key
press, and when a fast burst of at least ``min_length`` characters ends with Enter it
emits ``scanned(code)``, swallows the Enter and removes the burst's characters from the
line edit they landed in, so a scan works whatever page or field has the focus.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A scanner presses Shift around every capital (a keyboard wedge types like a person):
# such presses are part of the burst, neither a character nor a reason to start over.
MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
)


class ScannerInput(QObject):
    """Application-wide event filter emitting ``scanned(code)`` for scanner bursts."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        max_gap_ms: float = 45.0,
        min_length: int = 4,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.max_gap = max_gap_ms / 1000.0
        self.min_length = min_length
        self.clock = clock
        self.enabled = True
        self._buffer: list[str] = []
        self._last = 0.0
        self._target: QObject | None = None

    def reset(self) -> None:
        self._buffer.clear()
        self._target = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        # The same key press is delivered to the window, the focus widget and its parents;
        # count it once, at the object that has the focus.
        focus = QApplication.focusObject()
        if focus is not None and watched is not focus:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in MODIFIER_KEYS:
            return False
        now = self.clock()
        gap = now - self._last
        self._last = now
        if event.key() in ENTER_KEYS:
            code = "".join(self._buffer)
            fast = gap <= self.max_gap
            target = self._target
            self.reset()
            if fast and len(code) >= self.min_length:
                self._remove_typed(target, code)
                self.scanned.emit(code)
                return True  # the Enter belonged to the scanner, not to a button
            return False
        text = event.text()
        if (
            len(text) != 1
            or not text.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.reset()
            return False
        if gap > self.max_gap:
            self._buffer.clear()  # a pause: a new burst (or human typing) starts here
        self._buffer.append(text)
        self._target = watched
        return False

    @staticmethod
    def _remove_typed(target: QObject | None, code: str) -> None:
        """Take the scanned characters back out of the text field they were typed into."""
        if isinstance(target, QLineEdit):
            text = target.text()
            position = target.cursorPosition()
            if text[:position].endswith(code):
                target.setText(text[: position - len(code)] + text[position:])
                target.setCursorPosition(position - len(code))
        elif isinstance(target, (QTextEdit, QPlainTextEdit)):
            cursor = target.textCursor()
            for _ in code:
                cursor.deletePreviousChar()


def is_certificate_code(code: str) -> bool:
    """A certificate QR holds a verification URL (``…/V/<token>``); invitations hold a code."""
    return "/V/" in code.upper()


def install_scanner(main_window) -> ScannerInput:  # type: ignore[no-untyped-def]
    """Wire a scanner into the main window: certificate QR codes go to the Verifikasi page,
    everything else (invitation codes) to Registrasi; the receiving page is shown.

    ``main_window`` needs ``install_global_input(filter)`` and ``show_page(key)``.
    """
    scanner = ScannerInput(main_window)
    main_window.install_global_input(scanner)

    def deliver(code: str) -> None:
        if is_certificate_code(code):
            page = main_window.show_page("verifikasi")
            handler = getattr(page, "verify_scanned", None)
        else:
            page = main_window.show_page("registrasi")
            handler = getattr(page, "handle_scanned", None)
        if handler is not None:
            handler(code)

    scanner.scanned.connect(deliver)
    return scanner
