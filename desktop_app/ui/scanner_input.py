"""Detect a keyboard-wedge barcode/QR scanner anywhere in the application.

A scanner "types" its code as a burst of keystrokes a few milliseconds apart and ends
with Enter, LF or Tab; people type far slower (≥ 60 ms between keys even when fast).
Installed on the ``QApplication`` (``MainWindow.install_global_input``), this filter
watches every key press (Shift and other modifier-only keys are part of a burst, as a
scanner presses Shift for every capital), and when a fast burst of at least
``min_length`` characters ends with a terminator it emits ``scanned(code)``, swallows the
terminator and removes the burst's characters from the field they landed in, so a scan
works whatever page or widget has the focus, or none.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from desktop_app.sync.pairing_uri import PAIR_SCHEME

log = logging.getLogger("ikrar.scanner")

# What ends a scan: scanners are set to send CR (Enter), LF or Tab after the code.
TERMINATOR_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
TERMINATOR_TEXTS = ("\r", "\n", "\t")
# A scanner presses Shift around every capital (a keyboard wedge types like a person):
# such presses are part of the burst, neither a character nor a reason to start over.
MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_NumLock,
)


class ScannerInput(QObject):
    """Application-wide event filter emitting ``scanned(code)`` for scanner bursts."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        # Scanners send a key every 3-30 ms; a busy X server can stamp one of them 50 ms
        # after the last (seen in the venue-day test under load). People stay above 60 ms.
        max_gap_ms: float = 60.0,
        min_length: int = 4,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap = max_gap_ms / 1000.0
        self.min_length = min_length
        # Without a clock of its own the detector times keys by when the keyboard sent them
        # (the event's timestamp), so a GUI thread busy for a moment between two keys of
        # one scan does not split it; events without a timestamp fall back to the clock.
        self.clock = clock
        self.enabled = True
        self._buffer: list[str] = []
        self._last = 0.0
        self._target: QObject | None = None

    def reset(self) -> None:
        self._buffer.clear()
        self._target = None

    def _now(self, event: QKeyEvent) -> float:
        if self.clock is not None:
            return self.clock()
        stamp = event.timestamp()
        if stamp:
            return stamp / 1000.0
        # No timestamp (a synthesized event): the monotonic clock, on a scale of its own so
        # that a gap between the two sources is never mistaken for a fast one.
        return -1e9 + time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False  # releases (Shift's too) neither add to a burst nor end one
        # The same key press is delivered to the window, the focus widget and its parents;
        # count it once, at the object that has the focus.
        focus = QApplication.focusObject()
        if focus is not None and watched is not focus:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in MODIFIER_KEYS:
            return False
        now = self._now(event)
        gap = now - self._last
        if gap < 0:  # the keyboard's clock wrapped, or the clock source changed: a new start
            gap = float("inf")
        self._last = now
        text = event.text()
        if event.key() in TERMINATOR_KEYS or text in TERMINATOR_TEXTS:
            code = "".join(self._buffer)
            fast = gap <= self.max_gap
            target = self._target
            self.reset()
            if fast and len(code) >= self.min_length:
                self._remove_typed(target, code)
                log.debug("scan of %d characters", len(code))
                self.scanned.emit(code)
                return True  # the Enter/Tab belonged to the scanner, not to a button
            if len(code) >= self.min_length:  # why a would-be scan was not one (support)
                log.debug("burst of %d keys not a scan: last gap %.0f ms", len(code), gap * 1000)
            return False
        if (
            len(text) != 1
            or not text.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.reset()
            return False
        if gap > self.max_gap:
            if len(self._buffer) >= self.min_length:
                log.debug("burst of %d keys broken by a %.0f ms gap", len(self._buffer), gap * 1000)
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


def is_pairing_code(code: str) -> bool:
    """A hub's pairing QR (``ikrar-pair:?url=…&code=…&fp=…``)."""
    return code.strip().lower().startswith(f"{PAIR_SCHEME}:")


def install_scanner(main_window) -> ScannerInput:  # type: ignore[no-untyped-def]
    """Wire a scanner into the main window: certificate QR codes go to the Verifikasi page,
    a hub's pairing QR to Sinkronisasi, everything else (invitation codes) to Registrasi;
    the receiving page is shown.

    ``main_window`` needs ``install_global_input(filter)`` and ``show_page(key)``.
    """
    scanner = ScannerInput(main_window)
    main_window.install_global_input(scanner)

    def deliver(code: str) -> None:
        if is_pairing_code(code):
            page = main_window.show_page("sinkronisasi")
            handler = getattr(page, "pair_scanned", None)
        elif is_certificate_code(code):
            page = main_window.show_page("verifikasi")
            handler = getattr(page, "verify_scanned", None)
        else:
            page = main_window.show_page("registrasi")
            handler = getattr(page, "handle_scanned", None)
        if handler is not None:
            handler(code)

    scanner.scanned.connect(deliver)
    return scanner
