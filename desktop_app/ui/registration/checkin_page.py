"""Registrasi page: one search box, results as you type, Enter checks in; scans check in directly.

Search runs on the GUI thread: the in-memory index answers in well under a frame
(``benchmarks/search.py``: p95 ≈ 2.5 ms over 50,000 attendees); the index itself is built
in the background when the event changes. Check-ins and undos are database writes and go
through ``run_write``; the green/amber/red panel appears only after the commit.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QSizePolicy, QWidget

from desktop_app.models import Event
from desktop_app.services.common.errors import UserError
from desktop_app.services.events.event_counts import event_counts
from desktop_app.services.people.identity_display import format_identifier
from desktop_app.services.registration import attendee_search
from desktop_app.services.registration.checkin import (
    CheckinResult,
    Method,
    ScanStatus,
    first_checkins,
    get_checkin,
    recent_checkins,
    station_name,
    undo_checkin,
)
from desktop_app.services.registration.desk_checkin import (
    DeskCheckin,
    check_in_attendee,
    check_in_code,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.registration.ui_checkin_page import Ui_CheckinPage
from desktop_app.ui.local_time import format_time
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.registration.phone_link_panel import PhoneLinkPanel
from desktop_app.ui.tasks import run_task, run_write

log = logging.getLogger("ikrar.ui.checkin")

ATTENDEE_ID = Qt.ItemDataRole.UserRole + 1
CHECKIN_ID = Qt.ItemDataRole.UserRole + 2
RESULT_LIMIT = 30
# A run of characters longer than this without a space (a scanned URL, a long code) gets
# break opportunities, so the feedback panel wraps it instead of widening to fit it.
LONG_WORD = 24
ZERO_WIDTH_SPACE = "\u200b"


def wrap_anywhere(text: str, every: int = 16) -> str:
    """``text`` with zero-width spaces inside words longer than ``LONG_WORD`` characters."""

    def split(word: str) -> str:
        if len(word) <= LONG_WORD:
            return word
        return ZERO_WIDTH_SPACE.join(word[i : i + every] for i in range(0, len(word), every))

    return "\n".join(" ".join(split(w) for w in line.split(" ")) for line in text.split("\n"))


def looks_like_a_name(text: str) -> bool:
    """Typed words without a digit are a person's name, never an invitation code or NIP."""
    stripped = text.strip()
    return bool(stripped) and not any(ch.isdigit() for ch in stripped)


FEEDBACK_STYLES = {
    "ok": ("#e3f5e4", "#1e6b2a", "#7cc287"),
    "warn": ("#fff3d6", "#7a5200", "#e8b94a"),
    "error": ("#fde4e1", "#8a1c12", "#e58e84"),
    "info": ("#eef2f7", "#1f3148", "#c5d0dc"),
}


class CheckinPage(QWidget):
    """Fast check-in by typing or scanning."""

    # Emitted after every committed check-in (CheckinResult) and undo (checkin id).
    checked_in = Signal(object)
    undone = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CheckinPage()
        self.ui.setupUi(self)
        self._in_flight = 0  # check-ins and undos on the write path, not yet reported
        self.last_checkin_id = ""
        self.feedback_kind = "info"
        self._webcam: QWidget | None = None
        self._index_pending = False
        self._overview_loading = False
        self._overview_stale = False
        self._zone: str | None = None
        self._zone_for: str | None = None  # the event whose time zone _zone is
        ui = self.ui
        # After a check-in: the one-time QR to sign on the attendee's own phone.
        self.phone_panel = PhoneLinkPanel(ctx, self)
        ui.sideLayout.insertWidget(1, self.phone_panel)
        ui.resultsList.setWordWrap(True)
        # The feedback labels wrap to the width they are given and never ask for more: a
        # long scanned code must not squeeze the results column.
        for label in (ui.feedbackTitle, ui.feedbackDetail):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(0)
        ui.resultsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.searchEdit.textChanged.connect(self.run_search)
        ui.searchEdit.textEdited.connect(self._clear_stale_error)
        ui.searchEdit.installEventFilter(self)
        ui.resultsList.itemDoubleClicked.connect(lambda _item: self.check_in_selected())
        ui.undoButton.clicked.connect(lambda: self.undo_last())
        ui.walkInButton.clicked.connect(lambda: self.open_walk_in())
        ui.cameraButton.clicked.connect(self.open_webcam)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.open_walk_in())
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        ctx.event_changed.connect(self._on_event_changed)
        ctx.data_changed.connect(self._on_data_changed)
        self.show_ready()
        ui.undoButton.setEnabled(False)
        self._on_event_changed(ctx.event_id)

    def show_ready(self) -> None:
        self.show_feedback(
            "info",
            self.tr("Siap"),
            self.tr(
                "Ketik nama, NIP/NRP, instansi, atau kode undangan, lalu tekan Enter. "
                "Kode QR dari pemindai langsung dicatat."
            ),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Arriving at the desk (page list, Ctrl+3, a scan) puts the cursor in the search."""
        super().showEvent(event)
        if self.ui.searchEdit.isEnabled():
            self.focus_search()

    def _clear_stale_error(self, _text: str) -> None:
        """The operator has moved on to the next person: the last red message is history."""
        if self.feedback_kind == "error":
            self.show_ready()

    @property
    def busy(self) -> bool:
        """A check-in or undo of this page is on its way to the disk."""
        return self._in_flight > 0

    # -- event and refresh -----------------------------------------------------------------
    def current_event(self) -> Event | None:
        return self.ctx.current_event()  # type: ignore[no-any-return]

    def _timezone(self) -> str | None:
        """The current event's time zone, read once per event rather than per keystroke."""
        if self._zone_for != self.ctx.event_id:
            event = self.current_event()
            self._zone = event.timezone if event is not None else None
            self._zone_for = self.ctx.event_id
        return self._zone

    def _on_event_changed(self, event_id: str) -> None:
        self.ui.searchEdit.clear()
        self.ui.resultsList.clear()
        self.last_checkin_id = ""
        self.ui.undoButton.setEnabled(False)
        if event_id and self.feedback_kind == "error":
            self.show_ready()  # e.g. "Belum ada acara" once an event exists
        enabled = bool(event_id)
        for widget in (self.ui.searchEdit, self.ui.walkInButton, self.ui.cameraButton):
            widget.setEnabled(enabled)
        if event_id:
            self._prepare_index(event_id)
        self.refresh()

    def _prepare_index(self, event_id: str) -> None:
        """Build the search index off the GUI thread (seconds for 50,000 people), then show
        the results of whatever has been typed meanwhile."""
        if self._index_pending:
            return
        self._index_pending = True

        def done(_result: Any, error: BaseException | None) -> None:
            self._index_pending = False
            if error is not None:
                log.error("building the search index failed: %r", error)
                return
            current = self.ctx.event_id
            if current and attendee_search.index_for(current, wait=False) is None:
                self._prepare_index(current)  # the event changed while this one was built
            elif self.ui.searchEdit.text().strip():
                self.run_search(self.ui.searchEdit.text())

        run_task(lambda: attendee_search.index_for(event_id), done, owner=self)

    def _on_data_changed(self, topic: str) -> None:
        if topic == "event":
            self._zone_for = None  # its time zone may have been edited
        if topic in ("attendees", "checkins", "event"):
            self.refresh()

    def refresh(self) -> None:
        """Reload counts and the recent list (background), then the visible results."""
        event_id = self.ctx.event_id
        if not event_id:
            self.ui.countLabel.setText(self.tr("Pilih acara lebih dulu."))
            self.ui.recentList.clear()
            return

        if self._overview_loading:  # one more load once this one is done, not one per scan
            self._overview_stale = True
        else:
            self._load_overview(event_id)
        self.run_search(self.ui.searchEdit.text())

    def _load_overview(self, event_id: str) -> None:
        """Counts and recent arrivals in the background (the counts take ~0.1 s at 50,000
        people; a burst of scans must not queue a load per scan ahead of its check-ins)."""
        self._overview_loading = True

        def load() -> tuple[Any, list[Any], str]:
            event = Event.get_by_id(event_id)
            return event_counts(event), recent_checkins(event, 15), event.timezone

        def done(result: Any, error: BaseException | None) -> None:
            self._overview_loading = False
            if self._overview_stale and self.ctx.event_id:
                self._overview_stale = False
                self._load_overview(self.ctx.event_id)
            self._show_overview(result, error)

        run_task(load, done, owner=self)

    def _show_overview(self, result: Any, error: BaseException | None) -> None:
        if error is not None or result is None:
            return
        counts, recent, tz_name = result
        self.ui.countLabel.setText(
            self.tr("Hadir %1 dari %2")
            .replace("%1", str(counts.present))
            .replace("%2", str(counts.attendees))
        )
        self.ui.recentList.clear()
        for entry in recent:
            text = f"{format_time(entry.at, tz_name)}  {entry.full_name}  ·  {entry.station}"
            item = QListWidgetItem(text)
            item.setData(CHECKIN_ID, entry.checkin_id)
            if entry.voided:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor("#8a96a3"))
                item.setToolTip(self.tr("Dibatalkan"))
            self.ui.recentList.addItem(item)

    # -- search ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _focus_search_if_shown(self) -> None:
        """Back to the search after a check-in, unless the operator has gone to another
        page meanwhile: focus in a hidden page would swallow the next scan's keys."""
        if self.isVisible():
            self.ui.searchEdit.setFocus()

    def run_search(self, text: str) -> None:
        """Show the attendees matching ``text``: in-thread, as the index answers in well under
        a millisecond (``benchmarks/desk.py`` times a keystroke until the list is painted)."""
        results = self.ui.resultsList
        results.clear()
        event_id = self.ctx.event_id
        zone = self._timezone() if event_id and text.strip() else None
        if zone is None:
            self.ui.resultsLabel.setText(self.tr("Hasil pencarian"))
            return
        index = attendee_search.index_for(event_id, wait=False)
        if index is None:  # still being built in the background; shown when it is ready
            self.ui.resultsLabel.setText(self.tr("Menyiapkan pencarian…"))
            self._prepare_index(event_id)
            return
        hits = index.search(text, RESULT_LIMIT)
        present = first_checkins(event_id, [h.attendee_id for h in hits])
        for hit in hits:
            identifier = (
                format_identifier(hit.nip) if hit.nip else f"NRP {hit.nrp}" if hit.nrp else ""
            )
            details = " · ".join(
                p
                for p in (
                    hit.position,
                    hit.institution,
                    identifier,
                    self.tr("kode %1").replace("%1", hit.code),
                )
                if p
            )
            line = f"{hit.full_name}\n{details}"
            first = present.get(hit.attendee_id)
            item = QListWidgetItem()
            if first is not None:
                line += "\n" + self.tr("✓ sudah hadir %1 · %2").replace(
                    "%1", format_time(first.checked_in_at, zone)
                ).replace("%2", station_name(first.station_id))
                item.setForeground(QColor("#6b5200"))
            item.setText(line)
            item.setData(ATTENDEE_ID, hit.attendee_id)
            results.addItem(item)
        if hits:
            results.setCurrentRow(0)
        shown = len(hits)
        self.ui.resultsLabel.setText(
            self.tr("Tidak ada yang cocok — Ctrl+L untuk mendaftarkan yang datang langsung")
            if not shown
            else self.tr("%1 hasil%2")
            .replace("%1", str(shown))
            .replace("%2", self.tr(" (ketik lebih lengkap)") if shown >= RESULT_LIMIT else "")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            results = self.ui.resultsList
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 5,
                    Qt.Key.Key_PageUp: -5,
                }[Qt.Key(key)]
                if results.count():
                    row = max(0, min(results.count() - 1, results.currentRow() + step))
                    results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.check_in_selected()
                return True
            if key == Qt.Key.Key_Escape:
                self.ui.searchEdit.clear()
                return True
        # Not super().eventFilter(): in PySide6 6.12 that call corrupts refcounts (None),
        # crashing the interpreter later; the base implementation only returns False.
        return False

    # -- checking in -----------------------------------------------------------------------
    def check_in_selected(self) -> None:
        """Check in the highlighted result (Enter)."""
        item = self.ui.resultsList.currentItem()
        if item is None:
            text = self.ui.searchEdit.text().strip()
            index_ready = attendee_search.index_for(self.ctx.event_id, wait=False) is not None
            if looks_like_a_name(text) and index_ready:  # nobody by that name: not invited
                self.show_feedback(
                    "info",
                    self.tr("Tidak ada di daftar undangan"),
                    self.tr("Daftarkan %1 sebagai peserta yang datang langsung.").replace(
                        "%1", text
                    ),
                )
                self.open_walk_in(text)
            elif text:  # maybe a code typed by hand
                self.handle_scanned(text, Method.SEARCH.value)
            return
        self._start_check_in(item.data(ATTENDEE_ID), Method.SEARCH.value)

    def handle_scanned(self, code: str, method: str = Method.SCANNER.value) -> None:
        """A code from the barcode scanner or the webcam: look it up and check in."""
        event_id = self.ctx.event_id
        if not event_id:
            self.show_feedback(
                "error",
                self.tr("Belum ada acara"),
                self.tr("Pilih acara lebih dulu, lalu pindai lagi."),
            )
            return
        # Never dropped, even while another check-in is on its way: every scan is a person
        # at the desk, and the write path keeps them in order.
        self._in_flight += 1
        operator = self.ctx.operator

        def work() -> DeskCheckin:
            return check_in_code(Event.get_by_id(event_id), code, operator, method)

        run_write(work, self._scan_done, owner=self)

    def _scan_done(self, result: Any, error: BaseException | None) -> None:
        self._in_flight -= 1
        if error is not None:
            self._show_error(error)
            return
        desk: DeskCheckin = result
        if desk.result is not None:
            self._checked_in(desk.result)
            return
        scan = desk.scan
        detail = message_text(scan.detail) if scan.detail is not None else ""
        if scan.status is ScanStatus.WRONG_EVENT:
            self.show_feedback("error", self.tr("Undangan acara lain"), detail)
        else:
            self.show_feedback("error", self.tr("Tidak ditemukan"), detail)

    def _start_check_in(self, attendee_id: str, method: str) -> None:
        if self.busy or not self.ctx.event_id:
            return  # a second Enter on the same result while the first is being saved
        self._in_flight += 1
        event_id, operator = self.ctx.event_id, self.ctx.operator

        def work() -> CheckinResult:
            return check_in_attendee(event_id, attendee_id, operator, method)

        run_write(work, self._check_in_done, owner=self)

    def _check_in_done(self, result: Any, error: BaseException | None) -> None:
        self._in_flight -= 1
        if error is not None:
            self._show_error(error)
            return
        self._checked_in(result)

    def _checked_in(self, result: CheckinResult) -> None:
        event = self.current_event()
        tz_name = event.timezone if event else "Asia/Jakarta"
        attendee = result.attendee
        who = " · ".join(p for p in (attendee.position, attendee.institution) if p)
        self.last_checkin_id = result.checkin.id
        self.ui.undoButton.setEnabled(True)
        if result.is_first:
            self.show_feedback(
                "ok",
                self.tr("✓ HADIR — %1").replace("%1", attendee.full_name),
                who
                + "\n"
                + self.tr("Tercatat pukul %1 di %2.")
                .replace("%1", format_time(result.checkin.checked_in_at, tz_name))
                .replace("%2", station_name(result.checkin.station_id)),
            )
        else:
            self.show_feedback(
                "warn",
                self.tr("SUDAH HADIR — %1").replace("%1", attendee.full_name),
                who
                + "\n"
                + self.tr(
                    "Pertama tercatat pukul %1 di %2. Registrasi ulang ini "
                    "disimpan sebagai pengulangan."
                )
                .replace("%1", format_time(result.first.checked_in_at, tz_name))
                .replace("%2", result.first_station),
            )
        self.ui.searchEdit.clear()
        self._focus_search_if_shown()
        self.ctx.notify("checkins")
        if self.ctx.event_id:
            self.phone_panel.offer_for(self.ctx.event_id, str(attendee.id))
        self.checked_in.emit(result)

    # -- undo --------------------------------------------------------------------------------
    def undo_last(self, reason: str | None = None) -> None:
        """Void the last check-in made here, asking for a reason (logged, not deleted)."""
        checkin_id = self.last_checkin_id
        if not checkin_id or self.busy:
            return
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self,
                self.tr("Batalkan registrasi"),
                self.tr("Alasan pembatalan (mis. salah pilih nama):"),
            )
            if not accepted:
                return
        operator = self.ctx.operator
        self._in_flight += 1

        def work() -> str:
            checkin = get_checkin(checkin_id)
            undo_checkin(checkin, operator, reason or "")
            return str(checkin.attendee.full_name)

        def done(result: Any, error: BaseException | None) -> None:
            self._in_flight -= 1
            if error is not None:
                self._show_error(error)
                return
            self.last_checkin_id = ""
            self.ui.undoButton.setEnabled(False)
            self.show_feedback(
                "info",
                self.tr("Registrasi dibatalkan"),
                self.tr("Registrasi %1 dibatalkan dan dicatat di log.").replace("%1", result),
            )
            self.ctx.notify("checkins")
            self.undone.emit(checkin_id)
            self._focus_search_if_shown()

        run_write(work, done, owner=self)

    # -- feedback ----------------------------------------------------------------------------
    def show_feedback(self, kind: str, title: str, detail: str) -> None:
        """Colour the feedback panel: ok (green), warn (amber), error (red), info."""
        background, foreground, border = FEEDBACK_STYLES[kind]
        self.feedback_kind = kind
        self.ui.feedbackFrame.setStyleSheet(
            f"QFrame#feedbackFrame {{ background: {background}; border: 2px solid {border}; "
            f"border-radius: 8px; }} QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.ui.feedbackTitle.setText(wrap_anywhere(title))
        self.ui.feedbackDetail.setText(wrap_anywhere(detail))
        # Undo belongs to a check-in just shown, not to a "not found" or an undo message.
        self.ui.undoButton.setVisible(kind in ("ok", "warn") and bool(self.last_checkin_id))

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.show_feedback("error", self.tr("Tidak dapat dicatat"), error_text(error))
        else:
            log.error("check-in failed: %r", error)
            self.show_feedback(
                "error",
                self.tr("Terjadi kesalahan"),
                self.tr("Registrasi tidak tersimpan. Rincian ada di log."),
            )

    # -- dialogs ------------------------------------------------------------------------------
    def open_walk_in(self, name: str = "") -> None:
        """The walk-in form; ``name`` is what was typed in the search, filled in for them."""
        if not self.ctx.event_id:
            return
        from desktop_app.ui.registration.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.ctx, self)
        if name:
            dialog.ui.nameEdit.setText(name)
        dialog.registered.connect(self._walk_in_registered)
        dialog.open()

    def _walk_in_registered(self, result: Any) -> None:
        if result.checkin is not None:
            self._checked_in(result.checkin)
        self.ctx.notify("attendees")

    def open_webcam(self) -> None:
        from desktop_app.ui.webcam_scanner import WebcamScanner

        if self._webcam is None:
            webcam = WebcamScanner(self)
            webcam.code_found.connect(lambda code: self.handle_scanned(code, Method.WEBCAM.value))
            self._webcam = webcam
        self._webcam.show()
        self._webcam.raise_()
        start = getattr(self._webcam, "start", None)
        if start is not None:
            start()
