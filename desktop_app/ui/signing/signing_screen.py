"""The screen an attendee (or official) signs on, as a dialog or in kiosk mode.

The declaration text is shown exactly as it will be stored (rendered once when the screen
opens). Simpan stays disabled until the signer ticks both the consent to store the
signature data (UU PDP) and the "Saya menyatakan…" confirmation; the database write runs
off the GUI thread and "Tersimpan" is shown only after it committed.

Kiosk mode puts the screen full-screen on a second monitor in a window without
navigation: Esc and Alt+F4 do nothing there, and only the operator ends kiosk mode from
the main window. With one monitor the kiosk takes the screen only while someone signs:
the operator picks the signer, the screen turns into the signer's view, and after Simpan
(or the signer's Batal) it returns to the operator's window by itself; the organizer PIN
is needed only to take the screen back before the signer is done.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import Attendee, DeclarationText, Event, Official
from desktop_app.services.common.errors import UserError
from desktop_app.services.people.identity_display import attendee_identifier, format_identifier
from desktop_app.services.signing.declarations import render_text
from desktop_app.services.signing.signature_evidence import CONFIRMATION_TEXT, CONSENT_TEXT
from desktop_app.ui.forms.signing.ui_signing_screen import Ui_SigningScreen
from desktop_app.ui.messages import error_text
from desktop_app.ui.signing.signature_pad import SignaturePad
from desktop_app.ui.tasks import run_write

log = logging.getLogger("ikrar.signing")

# Shown, not stored: the confirmation paragraph may be translated (same words as
# services.signature_evidence.CONFIRMATION_TEXT, repeated here so lupdate collects them).
_CONFIRMATION_SHOWN = QT_TRANSLATE_NOOP(
    "SigningScreen",
    "Saya menyatakan telah membaca seluruh isi naskah di atas dan menandatanganinya dengan "
    "sadar tanpa paksaan dari pihak mana pun.",
)


@dataclass(frozen=True)
class SigningRequest:
    """Who signs which text; ids only, so it can cross to the worker thread."""

    event_id: str
    text_id: str
    attendee_id: str | None = None
    official_id: str | None = None
    operator: str = ""


def save_signature(
    request: SigningRequest, shown_at: dt.datetime, strokes: object, png: bytes, consent: bool
) -> str:
    """Worker-thread body of Simpan: store the evidence record; returns its id."""
    from desktop_app.services.signing.signature_evidence import record_signature
    from desktop_app.services.signing.signature_strokes import StrokeData

    assert isinstance(strokes, StrokeData)
    event = Event.get_by_id(request.event_id)
    text = DeclarationText.get_by_id(request.text_id)
    attendee = Attendee.get_by_id(request.attendee_id) if request.attendee_id else None
    official = Official.get_by_id(request.official_id) if request.official_id else None
    sig = record_signature(
        event,
        text,
        strokes,
        png,
        consent,
        attendee=attendee,
        official=official,
        operator=request.operator,
        shown_at=shown_at,
    )
    return str(sig.id)


class SigningScreen(QWidget):
    """Declaration text, signer identity, pad, consent, confirmation and Simpan/Ulangi/Batal."""

    saved = Signal(str)  # signature id, after commit
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SigningScreen()
        self.ui.setupUi(self)
        self.pad = SignaturePad(self)
        self.pad.setMinimumHeight(200)
        self.ui.padLayout.addWidget(self.pad)
        self.request: SigningRequest | None = None
        self.shown_at = dt.datetime.now(dt.UTC)
        self.text_signed = ""
        self._saving = False
        self._style()
        # The consent text is stored word for word in the evidence record, so it is shown in
        # Indonesian; other languages get an explanatory translation below it.
        self.ui.consentLabel.setText(CONSENT_TEXT)
        self.consentNote = QLabel(self)
        self.consentNote.setObjectName("consentNote")
        self.consentNote.setWordWrap(True)
        self.consentNote.setStyleSheet("color: #666; margin-left: 24px; font-style: italic;")
        note = (
            "Terjemahan persetujuan di atas (teks bahasa Indonesia itulah yang disimpan "
            "sebagai bukti)."
        )
        translated_note = self.tr(
            "Terjemahan persetujuan di atas (teks bahasa Indonesia itulah yang disimpan "
            "sebagai bukti)."
        )
        self.consentNote.setText(translated_note)
        self.consentNote.setVisible(translated_note != note)  # only when translated
        self.ui.signLayout.insertWidget(
            self.ui.signLayout.indexOf(self.ui.consentLabel) + 1, self.consentNote
        )
        self.ui.confirmCheck.setText(self.tr("Saya menyatakan…"))
        self.ui.confirmLabel.setText(
            self.tr(_CONFIRMATION_SHOWN)
            if _CONFIRMATION_SHOWN == CONFIRMATION_TEXT
            else CONFIRMATION_TEXT
        )
        self.ui.undoButton.clicked.connect(self.pad.undo_last_stroke)
        self.ui.clearButton.clicked.connect(self.pad.clear)
        self.ui.cancelButton.clicked.connect(self._cancel)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.consentCheck.toggled.connect(self._update_buttons)
        self.ui.confirmCheck.toggled.connect(self._update_buttons)
        self.pad.changed.connect(self._update_buttons)
        self._update_buttons()

    def _style(self) -> None:
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(self.font().pointSizeF(), 9) * 1.7)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        signer_font = QFont(self.font())
        signer_font.setPointSizeF(max(self.font().pointSizeF(), 9) * 1.3)
        self.ui.signerLabel.setFont(signer_font)
        text_font = QFont(self.font())
        text_font.setPointSizeF(max(self.font().pointSizeF(), 9) * 1.45)
        self.ui.textBrowser.setFont(text_font)
        self.ui.textBrowser.document().setDocumentMargin(14)
        for label in (self.ui.consentLabel, self.ui.confirmLabel):
            label.setStyleSheet("color: #444; margin-left: 24px;")
        for check in (self.ui.consentCheck, self.ui.confirmCheck):
            font = QFont(check.font())
            font.setBold(True)
            check.setFont(font)
        self.ui.saveButton.setMinimumHeight(40)
        self.ui.cancelButton.setMinimumHeight(40)

    # --- loading ----------------------------------------------------------------------

    def load(self, request: SigningRequest) -> None:
        """Show the text for this signer and reset the pad and the ticks."""
        event = Event.get_by_id(request.event_id)
        text = DeclarationText.get_by_id(request.text_id)
        attendee = Attendee.get_by_id(request.attendee_id) if request.attendee_id else None
        official = Official.get_by_id(request.official_id) if request.official_id else None
        self.request = request
        self.shown_at = dt.datetime.now(dt.UTC)
        self.text_signed = render_text(text, event, self.shown_at, attendee, official)
        self.ui.titleLabel.setText(text.title)
        if attendee is not None:
            identifier = attendee_identifier(attendee)
            label = "NIP" if attendee.nip else "NRP"
            parts = [f"<b>{html.escape(attendee.full_name)}</b>"]
            if identifier:
                parts.append(f"{label} {html.escape(identifier)}")
            parts += [html.escape(p) for p in (attendee.position, attendee.institution) if p]
        else:
            assert official is not None
            parts = [f"<b>{html.escape(official.name)}</b>", html.escape(official.position)]
            if official.nip:
                parts.append(f"NIP {html.escape(format_identifier(official.nip))}")
        self.ui.signerLabel.setText(" · ".join(parts))
        # Blank lines separate paragraphs; numbered points get a hanging indent.
        blocks = [b for b in self.text_signed.split("\n\n") if b.strip()]
        paragraphs = "".join(
            "<p style='margin-bottom: 10px'>"
            + "<br>".join(html.escape(line) for line in block.strip().splitlines())
            + "</p>"
            for block in blocks
        )
        self.ui.textBrowser.setHtml(
            f"<div style='line-height: 135%'>{paragraphs}</div>"
            f"<p style='color:#555'><i>{html.escape(self.tr('Naskah versi'))} "
            f"{text.version}</i></p>"
        )
        self.pad.clear()
        self.ui.consentCheck.setChecked(False)
        self.ui.confirmCheck.setChecked(False)
        self._set_status("", ok=True)
        self._saving = False
        self._update_buttons()
        self.pad.setFocus()

    # --- actions ----------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = (
            self.request is not None
            and not self._saving
            and not self.pad.is_empty()
            and self.ui.consentCheck.isChecked()
            and self.ui.confirmCheck.isChecked()
        )
        self.ui.saveButton.setEnabled(ready)
        for widget in (self.ui.undoButton, self.ui.clearButton, self.ui.cancelButton):
            widget.setEnabled(not self._saving)

    def _set_status(self, message: str, ok: bool) -> None:
        colour = "#1b6e2a" if ok else "#b00020"
        self.ui.statusLabel.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.ui.statusLabel.setText(message)

    @property
    def is_saving(self) -> bool:
        """True while the signature is being written (nothing may close the screen)."""
        return self._saving

    def _cancel(self) -> None:
        if not self._saving:
            self.cancelled.emit()

    def save(self) -> None:
        """Validate here for a quick message, then store off the GUI thread."""
        if self.request is None or self._saving:
            return
        if not self.ui.consentCheck.isChecked():
            self._set_status(
                self.tr("Centang persetujuan penyimpanan data tanda tangan."), ok=False
            )
            return
        if not self.ui.confirmCheck.isChecked():
            self._set_status(self.tr('Centang pernyataan "Saya menyatakan…".'), ok=False)
            return
        strokes = self.pad.stroke_data()
        try:
            strokes.validate()
        except UserError as exc:
            self._set_status(error_text(exc), ok=False)
            return
        png = self.pad.to_png()
        request, shown_at = self.request, self.shown_at
        self._saving = True
        self._update_buttons()
        self._set_status(self.tr("Menyimpan…"), ok=True)
        run_write(
            lambda: save_signature(request, shown_at, strokes, png, True), self._saved, owner=self
        )

    def _saved(self, result: object, error: BaseException | None) -> None:
        self._saving = False
        if error is not None:
            if isinstance(error, UserError):
                message = error_text(error)
            else:
                message = self.tr("Tanda tangan gagal disimpan. Rincian ada di log; coba lagi.")
            self._set_status(message, ok=False)
            self._update_buttons()
            return
        self._set_status(self.tr("Tersimpan"), ok=True)
        self.ui.saveButton.setEnabled(False)
        self.saved.emit(str(result))


class SigningDialog(QDialog):
    """The signing screen as a large modal dialog on the operator's own monitor."""

    def __init__(self, request: SigningRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Penandatanganan"))
        self.screen_widget = SigningScreen(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_widget)
        self.signature_id = ""
        self.screen_widget.saved.connect(self._done)
        self.screen_widget.cancelled.connect(self.reject)
        self.screen_widget.load(request)
        self.resize(1200, 760)

    def _done(self, signature_id: str) -> None:
        self.signature_id = signature_id
        self.accept()

    def reject(self) -> None:
        if not self.screen_widget.is_saving:  # never close while the write is in flight
            super().reject()


class _KeyGuard(QObject):
    """Swallows keys that could leave the kiosk (Esc, Alt+F4, Alt+Tab inside Qt)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and (
                key_event.key() == Qt.Key.Key_Escape
                or (
                    key_event.modifiers() & Qt.KeyboardModifier.AltModifier
                    and key_event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Tab)
                )
            ):
                return True
        return False


class KioskWindow(QWidget):
    """Full-screen signing window for the attendee; only the operator can end it."""

    signed = Signal(str)
    cancelled = Signal()
    end_requested = Signal()  # the operator asked to end kiosk mode from the kiosk itself
    returned = Signal()  # one monitor: the screen is the operator's again
    # One monitor: how long "Terima kasih" stays before the operator's window returns.
    RETURN_AFTER_MS = 1500

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Ikrar — Penandatanganan"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self._operator_closing = False
        self.single_screen = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedLayout()
        idle_page = QWidget(self)
        idle_layout = QVBoxLayout(idle_page)
        self.idle = QLabel(idle_page)
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9) * 2.2)
        self.idle.setFont(font)
        idle_layout.addWidget(self.idle, 1)
        self.screen_widget = SigningScreen(self)
        self._stack.addWidget(idle_page)
        self._stack.addWidget(self.screen_widget)
        # One monitor: the PIN-guarded way back for the operator, above whatever is shown.
        self.take_back_button = QPushButton(self.tr("Petugas: kembali ke layar petugas"), self)
        self.take_back_button.setFlat(True)
        self.take_back_button.setVisible(False)
        self.take_back_button.clicked.connect(self._operator_end)
        outer.addWidget(self.take_back_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(self._stack, 1)
        self._return_timer = QTimer(self)
        self._return_timer.setSingleShot(True)
        self._return_timer.timeout.connect(self._return_to_operator)
        self.screen_widget.saved.connect(self._on_saved)
        self.screen_widget.cancelled.connect(self._on_cancelled)
        self._guard = _KeyGuard(self)
        self.installEventFilter(self._guard)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self._guard)
        self.show_idle(self.tr("Silakan menunggu petugas."))

    @staticmethod
    def target_screen(operator_window: QWidget | None) -> QScreen:
        """A monitor other than the operator's, else the operator's (or primary) one."""
        screens = QGuiApplication.screens()
        own = operator_window.screen() if operator_window is not None else None
        others = [s for s in screens if s is not own]
        if others and own is not None:
            return others[0]
        return own or QGuiApplication.primaryScreen()

    @classmethod
    def shares_screen(cls, operator_window: QWidget | None) -> bool:
        """True when there is no other monitor: the kiosk will cover the operator."""
        return (
            operator_window is None
            or cls.target_screen(operator_window) is operator_window.screen()
        )

    def start(self, operator_window: QWidget | None = None) -> None:
        """Show full-screen on the attendee's monitor; with one monitor, wait (hidden) for
        the operator to present the first signer."""
        from desktop_app.services.signing.organizer_access import has_organizer_pin

        screen = self.target_screen(operator_window)
        self.single_screen = self.shares_screen(operator_window)
        self.take_back_button.setVisible(self.single_screen and has_organizer_pin())
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if not self.single_screen:
            self.showFullScreen()

    def show_idle(self, message: str) -> None:
        self.idle.setText(message)
        self._stack.setCurrentIndex(0)

    def present(self, request: SigningRequest) -> None:
        """Put a signer's text on the kiosk (called by the operator)."""
        self._return_timer.stop()
        self.screen_widget.load(request)
        self._stack.setCurrentWidget(self.screen_widget)
        if self.single_screen:
            self.showFullScreen()  # the operator's screen turns into the signer's view
        self.raise_()
        self.activateWindow()

    def _return_to_operator(self) -> None:
        """One monitor: hand the screen back to the operator's window."""
        if not self.single_screen or self.screen_widget.is_saving:
            return
        self._stack.setCurrentIndex(0)
        self.hide()
        self.returned.emit()

    def is_signing(self) -> bool:
        return self._stack.currentWidget() is self.screen_widget

    def _operator_end(self) -> None:
        from desktop_app.services.signing.organizer_access import (
            check_organizer_pin,
            has_organizer_pin,
        )

        if not has_organizer_pin():
            return  # never without a PIN: the attendee would reach the operator's window
        if self.screen_widget.is_saving:
            return  # the signature is being written: it lands first
        pin, ok = QInputDialog.getText(
            self,
            self.tr("Akhiri mode kiosk"),
            self.tr("PIN penyelenggara:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if not check_organizer_pin(pin):
            if self.single_screen and self.is_signing():  # the signer's view stays
                self.screen_widget._set_status(self.tr("PIN salah."), ok=False)
            else:
                self.show_idle(self.tr("PIN salah. Silakan menunggu petugas."))
            return
        if self.single_screen:  # leaving early: this signer's view closes unsigned
            self._return_to_operator()
            self.cancelled.emit()
            return
        self.end_requested.emit()

    def _on_saved(self, signature_id: str) -> None:
        self.show_idle(self.tr("Terima kasih. Tanda tangan Anda tersimpan."))
        self.signed.emit(signature_id)
        if self.single_screen:
            self._return_timer.start(self.RETURN_AFTER_MS)

    def _on_cancelled(self) -> None:
        self.show_idle(self.tr("Dibatalkan. Silakan menghubungi petugas."))
        self.cancelled.emit()
        if self.single_screen:
            self._return_timer.start(self.RETURN_AFTER_MS)

    def end(self) -> None:
        """Operator ends kiosk mode (the only way this window closes)."""
        self._operator_closing = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event.accept()  # nothing in the kiosk reacts to keys the signer could use to leave

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._operator_closing and not self.screen_widget.is_saving:
            event.accept()
        else:
            event.ignore()
