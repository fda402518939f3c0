"""Acara page: create and edit an event, its times at the venue and its signing officials."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.models import Event, local_station
from desktop_app.services.certificates import numbering
from desktop_app.services.common.errors import UserError
from desktop_app.services.common.localtime import to_local
from desktop_app.services.common.settings import HUB_PUBLIC_URL
from desktop_app.services.events.certificate_number_format import DEFAULT_FORMAT, preview_number
from desktop_app.services.events.event_store import EventInput, default_org_code, save_event
from desktop_app.services.events.officials import (
    OFFICIAL_DOCUMENTS,
    OfficialInput,
    active_officials,
)
from desktop_app.services.events.venue_defaults import zone_for_place
from desktop_app.services.events.verify_address import (
    PLACEHOLDER_ADDRESS,
    preview_url,
    suggested_verify_address,
    verify_address_warnings,
)
from desktop_app.services.people.identity_display import format_identifier
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.events.ui_events_page import Ui_EventsPage
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.tasks import run_write

log = logging.getLogger("ikrar.ui.events")

# (zone abbreviation shown, IANA name stored)
ZONES = (("WIB", "Asia/Jakarta"), ("WITA", "Asia/Makassar"), ("WIT", "Asia/Jayapura"))
ZONE_ALIASES = {"Asia/Pontianak": "Asia/Jakarta"}  # same offset, one WIB entry

COL_NAME, COL_NIP, COL_POSITION = 0, 1, 2
DOC_COLUMNS = {3: "SERTIFIKAT", 4: "DAFTAR_HADIR", 5: "DEKLARASI", 6: "UNDANGAN"}
OFFICIAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EventsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = ""  # the event being edited; "" while creating a new one
        self._clean_snapshot: tuple[object, ...] = ()
        self._saving = False
        self._after_save: list[Callable[[], None]] = []
        # Suggestions (time zone from the place, organizer code from the name) stop once
        # the user has chosen one by hand.
        self._zone_chosen = False
        self._org_code_typed = False
        self.ui = Ui_EventsPage()
        self.ui.setupUi(self)
        self._fill_choices()
        self._setup_table()
        ui = self.ui
        ui.saveButton.clicked.connect(lambda: self.save())
        # Not the button's shortcut property: its "&Simpan" text replaces that with Alt+S.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())
        ui.newButton.clicked.connect(self.new_event_requested)
        ui.addOfficialButton.clicked.connect(self.add_official_row)
        ui.removeOfficialButton.clicked.connect(self.remove_official_row)
        ui.letterheadButton.clicked.connect(self.edit_letterhead)
        ui.numberBlocksButton.clicked.connect(self.edit_number_blocks)
        ui.certFormatEdit.textChanged.connect(self._update_cert_example)
        ui.organizerCodeEdit.textChanged.connect(self._update_cert_example)
        ui.organizerEdit.textChanged.connect(self._update_cert_example)
        ui.startEdit.dateTimeChanged.connect(self._update_cert_example)
        ui.startEdit.dateTimeChanged.connect(self._keep_end_after_start)
        ui.verifyUrlEdit.textChanged.connect(self._update_verify_preview)
        ui.timezoneCombo.activated.connect(self._zone_picked)
        ui.organizerCodeEdit.textEdited.connect(self._org_code_edited)
        ui.cityEdit.textEdited.connect(self._suggest_from_place)
        ui.organizerEdit.textEdited.connect(self._suggest_from_place)
        ui.organizerEdit.textEdited.connect(self._suggest_org_code)
        ctx.event_changed.connect(self._on_event_changed)
        self._show_error(None)
        self._show_event(ctx.event_id)

    # -- setup --------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        levels = (
            ("PROVINSI", self.tr("Provinsi")),
            ("KABUPATEN", self.tr("Kabupaten/Kota")),
            ("KECAMATAN", self.tr("Kecamatan")),
            ("LAINNYA", self.tr("Lainnya")),
        )
        for value, label in levels:
            self.ui.levelCombo.addItem(label, value)
        zone_labels = {
            "WIB": self.tr("WIB \u2014 Waktu Indonesia Barat (UTC+7)"),
            "WITA": self.tr("WITA \u2014 Waktu Indonesia Tengah (UTC+8)"),
            "WIT": self.tr("WIT \u2014 Waktu Indonesia Timur (UTC+9)"),
        }
        for abbreviation, zone_name in ZONES:
            self.ui.timezoneCombo.addItem(zone_labels[abbreviation], zone_name)

    def _setup_table(self) -> None:
        header = self.ui.officialsTable.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NIP, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NIP, 190)
        for column in DOC_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.officialsTable.setMinimumHeight(90)  # small windows: shrink, never overlap
        for edit in (self.ui.startEdit, self.ui.endEdit):  # see _qdatetime
            edit.setTimeZone(QTimeZone.utc())

    # -- loading ------------------------------------------------------------------------
    def _on_event_changed(self, event_id: str) -> None:
        # The switch already happened elsewhere: offer to keep the typed changes, no cancel.
        # If saving fails, the form keeps the edited event and shows why.
        def show() -> None:
            if self.ctx.event_id == event_id:  # else saving a new event made it current
                self._show_event(event_id)

        self.resolve_unsaved_changes(cancellable=False, then=show)

    def _show_event(self, event_id: str) -> None:
        event = Event.get_or_none(Event.id == event_id) if event_id else None
        if event is None:
            self.start_new_event()
        else:
            self.load_event(event)

    def new_event_requested(self) -> None:
        """The "Acara baru" buttons: clear the form, but not over unsaved typing."""
        self.resolve_unsaved_changes(cancellable=True, then=self.start_new_event)

    # -- unsaved changes ----------------------------------------------------------------
    def _snapshot(self) -> tuple[object, ...]:
        ui = self.ui
        table = ui.officialsTable
        cells = tuple(
            (item.text(), item.checkState().value) if item is not None else None
            for row in range(table.rowCount())
            for column in range(table.columnCount())
            for item in (table.item(row, column),)
        )
        return (
            ui.titleEdit.text(),
            ui.organizerEdit.text(),
            ui.organizerCodeEdit.text(),
            ui.levelCombo.currentIndex(),
            ui.venueEdit.text(),
            ui.cityEdit.text(),
            ui.timezoneCombo.currentIndex(),
            ui.startEdit.dateTime(),
            ui.endEdit.dateTime(),
            ui.certFormatEdit.text(),
            ui.verifyUrlEdit.text(),
            cells,
        )

    def _mark_clean(self) -> None:
        self._clean_snapshot = self._snapshot()

    def has_unsaved_changes(self) -> bool:
        return self._snapshot() != self._clean_snapshot

    def resolve_unsaved_changes(self, cancellable: bool, then: Callable[[], None]) -> None:
        """Ask what to do with typed changes; ``then()`` once the form may be replaced
        (after the save committed, when the user chose to save)."""
        if not self.has_unsaved_changes():
            then()
            return
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        if cancellable:
            buttons |= QMessageBox.StandardButton.Cancel
        choice = QMessageBox.question(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Formulir acara berisi perubahan yang belum disimpan. Simpan sekarang?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if choice == QMessageBox.StandardButton.Save:
            self.save(then=then)
        elif choice == QMessageBox.StandardButton.Discard:
            then()

    def load_event(self, event: Event) -> None:
        """Show ``event`` for editing."""
        ui = self.ui
        self.event_id = event.id
        ui.headingLabel.setText(self.tr("Ubah acara"))
        ui.codeLabel.setText(self.tr("Kode acara: %1").replace("%1", event.code))
        ui.titleEdit.setText(event.title)
        ui.organizerEdit.setText(event.organizer)
        ui.organizerCodeEdit.setText(event.organizer_code)
        self._select_data(ui.levelCombo, event.level)
        zone_name = ZONE_ALIASES.get(event.timezone, event.timezone)
        self._select_data(ui.timezoneCombo, zone_name)
        ui.venueEdit.setText(event.venue)
        ui.cityEdit.setText(event.city)
        ui.startEdit.setDateTime(_qdatetime(to_local(event.starts_at, event.timezone)))
        ui.endEdit.setDateTime(_qdatetime(to_local(event.ends_at, event.timezone)))
        ui.certFormatEdit.setText(event.certificate_number_format)
        ui.verifyUrlEdit.setText(event.verify_base_url)
        self._zone_chosen = self._org_code_typed = True  # a saved event: its own choices
        ui.officialsTable.setRowCount(0)
        for official in active_officials(event):
            self.add_official_row(
                official.name,
                format_identifier(official.nip),
                official.position,
                official.signs,
                official.id,
            )
        for edit in (
            ui.titleEdit,
            ui.organizerEdit,
            ui.venueEdit,
            ui.certFormatEdit,
            ui.verifyUrlEdit,
        ):
            edit.setCursorPosition(0)  # show the start of long texts, not their tail
        self._show_error(None)
        ui.savedLabel.clear()
        self._update_cert_example()
        self._mark_clean()

    def start_new_event(self) -> None:
        """Clear the form for a new event (tomorrow 08.00-12.00, WIB)."""
        ui = self.ui
        self.event_id = ""
        ui.headingLabel.setText(self.tr("Acara baru"))
        ui.codeLabel.setText(self.tr("(kode acara dibuat saat disimpan)"))
        for edit in (
            ui.titleEdit,
            ui.organizerEdit,
            ui.organizerCodeEdit,
            ui.venueEdit,
            ui.cityEdit,
        ):
            edit.clear()
        self._select_data(ui.levelCombo, "KABUPATEN")
        ui.timezoneCombo.setCurrentIndex(0)
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        ui.startEdit.setDateTime(_qdatetime(dt.datetime.combine(tomorrow, dt.time(8, 0))))
        ui.endEdit.setDateTime(_qdatetime(dt.datetime.combine(tomorrow, dt.time(12, 0))))
        ui.certFormatEdit.setText(DEFAULT_FORMAT)
        ui.certFormatEdit.setCursorPosition(0)
        ui.verifyUrlEdit.setText(self._suggested_verify_address())
        self._zone_chosen = self._org_code_typed = False
        ui.officialsTable.setRowCount(0)
        self._show_error(None)
        ui.savedLabel.clear()
        self._mark_clean()
        ui.titleEdit.setFocus()

    # -- officials table ----------------------------------------------------------------
    def add_official_row(
        self,
        name: str = "",
        nip: str = "",
        position: str = "",
        signs: str = ",".join(OFFICIAL_DOCUMENTS),
        official_id: str = "",
    ) -> int:
        table = self.ui.officialsTable
        row = table.rowCount()
        table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(OFFICIAL_ID_ROLE, official_id)
        table.setItem(row, COL_NAME, name_item)
        table.setItem(row, COL_NIP, QTableWidgetItem(nip))
        table.setItem(row, COL_POSITION, QTableWidgetItem(position))
        signed = {s.strip() for s in signs.split(",")}
        for column, document in DOC_COLUMNS.items():
            item = QTableWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(
                Qt.CheckState.Checked if document in signed else Qt.CheckState.Unchecked
            )
            table.setItem(row, column, item)
        if not name:  # a fresh row: start typing the name right away
            table.setCurrentCell(row, COL_NAME)
            table.editItem(name_item)
        return row

    def remove_official_row(self) -> None:
        table = self.ui.officialsTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    def officials_input(self) -> list[OfficialInput]:
        table = self.ui.officialsTable
        result = []
        for row in range(table.rowCount()):

            def text(column: int, r: int = row) -> str:
                item = table.item(r, column)
                return item.text().strip() if item is not None else ""

            name_item = table.item(row, COL_NAME)
            signs = [
                doc
                for column, doc in DOC_COLUMNS.items()
                if (item := table.item(row, column)) is not None
                and item.checkState() == Qt.CheckState.Checked
            ]
            if not any((text(COL_NAME), text(COL_NIP), text(COL_POSITION))):
                continue  # an untouched empty row is not an official
            result.append(
                OfficialInput(
                    name=text(COL_NAME),
                    position=text(COL_POSITION),
                    nip=text(COL_NIP),
                    signs=",".join(signs),
                    id=str(name_item.data(OFFICIAL_ID_ROLE) or "") if name_item else "",
                )
            )
        return result

    # -- saving -------------------------------------------------------------------------
    def event_input(self) -> EventInput:
        ui = self.ui
        return EventInput(
            title=ui.titleEdit.text(),
            organizer=ui.organizerEdit.text(),
            organizer_code=ui.organizerCodeEdit.text(),
            level=ui.levelCombo.currentData(),
            venue=ui.venueEdit.text(),
            city=ui.cityEdit.text(),
            timezone=ui.timezoneCombo.currentData(),
            starts_local=_pydatetime(ui.startEdit.dateTime()),
            ends_local=_pydatetime(ui.endEdit.dateTime()),
            certificate_number_format=ui.certFormatEdit.text().strip(),
            officials=self.officials_input(),
            verify_base_url=ui.verifyUrlEdit.text().strip(),
        )

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Validate and store on the write path; the form says "saved" only after the
        commit, then runs ``then`` (a switch of event that waited for this save)."""
        if then is not None:
            self._after_save.append(then)
        if self._saving:
            return  # ``then`` runs when the save in flight has committed
        self.ui.savedLabel.clear()
        data, event_id, operator = self.event_input(), self.event_id, self.ctx.operator
        self._saving = True
        focused = QApplication.focusWidget()
        self.setEnabled(False)  # nothing typed meanwhile could be marked saved by mistake

        def saved(result: tuple[Event, bool] | None, error: BaseException | None) -> None:
            self._saving = False
            self.setEnabled(True)
            if focused is not None and shiboken6.isValid(focused) and self.isAncestorOf(focused):
                focused.setFocus()  # disabling moved the focus away; give it back
            waiting, self._after_save = self._after_save, []
            if error is not None or result is None:
                self._show_error(error or RuntimeError("no result"))
                return
            self._saved(*result)
            for step in waiting:
                step()

        run_write(lambda: save_event(event_id, data, operator), saved, owner=self)

    def _saved(self, event: Event, created: bool) -> None:
        self._show_error(None)
        self._mark_clean()  # committed: the signals below must not see "unsaved changes"
        log.info("event %s %s", event.code, "created" if created else "updated")
        self.ctx.notify("event")
        if created:
            self.ctx.set_event(event.id)
        self.load_event(event)
        message = self.tr("Acara %1 dibuat.") if created else self.tr("Perubahan disimpan.")
        self.ui.savedLabel.setText(message.replace("%1", event.code))
        self.ctx.status_message.emit(self.ui.savedLabel.text())

    # -- kop surat and number blocks (dialogs) ----------------------------------------------
    def _with_saved_event(self, then: Callable[[Event], None]) -> None:
        """Run ``then`` with the event being edited, saved first (on the write path) when it
        is new or has typed changes; nothing runs when that save fails."""

        def run() -> None:
            event = Event.get_or_none(Event.id == self.event_id) if self.event_id else None
            if event is not None:
                then(event)

        if not self.event_id or self.has_unsaved_changes():
            self.save(then=run)
        else:
            run()

    def edit_letterhead(self) -> None:
        from desktop_app.ui.events.letterhead_dialog import LetterheadDialog

        self._with_saved_event(lambda event: LetterheadDialog(self.ctx, event, self).exec())

    def edit_number_blocks(self) -> None:
        from desktop_app.ui.events.number_blocks_dialog import NumberBlocksDialog

        def edit(event: Event) -> None:
            NumberBlocksDialog(self.ctx, event, self).exec()
            self._update_cert_example()

        self._with_saved_event(edit)

    # -- small helpers ------------------------------------------------------------------
    def _show_error(self, error: BaseException | None) -> None:
        """Show a service error in the interface language and put the cursor on its field;
        anything unexpected is logged and said in one sentence."""
        if error is None:
            text = ""
        elif isinstance(error, UserError):
            text = error_text(error)
        else:
            log.error("saving the event failed: %r", error, exc_info=error)
            text = self.tr("Acara tidak tersimpan. Rincian ada di log.")
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(error is not None)
        if isinstance(error, UserError):
            widget = self._field_widget(error.field)
            if widget is not None:
                widget.setFocus()

    def _field_widget(self, field: str) -> QWidget | None:
        """The input a service error's ``field`` names (None for the form as a whole)."""
        ui = self.ui
        return {
            "title": ui.titleEdit,
            "organizer": ui.organizerEdit,
            "timezone": ui.timezoneCombo,
            "ends": ui.endEdit,
            "level": ui.levelCombo,
            "certificate_number_format": ui.certFormatEdit,
            "officials": ui.officialsTable,
            "verify_base_url": ui.verifyUrlEdit,
        }.get(field)

    def _keep_end_after_start(self, start: QDateTime) -> None:
        # Moving the start day carries the end along, so a one-day event stays one day.
        if self.ui.endEdit.dateTime() <= start:
            self.ui.endEdit.setDateTime(start.addSecs(4 * 3600))

    def _update_cert_example(self) -> None:
        """Show exactly the number the next certificate printed on this station will carry:
        the format, organizer code and month as typed, the sequence from this station's
        number block (``certificates/numbering``), rendered by the one format rule."""
        ui = self.ui
        event = Event.get_or_none(Event.id == self.event_id) if self.event_id else None
        # The organizer code saving will store: typed, else kept (edit) or derived (new).
        org = ui.organizerCodeEdit.text().strip() or (
            event.organizer_code if event is not None else default_org_code(ui.organizerEdit.text())
        )
        if event is None:  # a new event: this station creates it and allocates
            nxt = numbering.NextNumber(1, "", False, local_station().code)
        else:
            nxt = numbering.next_number(event)
        try:
            example = preview_number(
                ui.certFormatEdit.text(),
                station=nxt.station_code,
                org=org,
                start_local=_pydatetime(ui.startEdit.dateTime()).date(),
                event_code=event.code if event is not None else "",
                seq=nxt.seq,
                fallback=nxt.fallback,
            )
        except UserError:
            ui.certExampleLabel.setText(self.tr("Format belum benar"))
            return
        text = self.tr("Nomor berikutnya: %1").replace("%1", example)
        if nxt.fallback:
            text += self.tr(
                " (stasiun ini belum mendapat blok nomor dari penyelenggara, jadi nomornya "
                "memuat kode stasiun)"
            )
        ui.certExampleLabel.setText(text)

    # -- suggestions and the verification address ----------------------------------------
    def _zone_picked(self, _index: int) -> None:
        self._zone_chosen = True

    def _org_code_edited(self, _text: str) -> None:
        self._org_code_typed = True

    def _suggest_from_place(self, _text: str = "") -> None:
        """Kupang is WITA, Jayapura WIT: follow the city (else the organizer's name) until
        the user picks a zone by hand."""
        if self._zone_chosen:
            return
        zone = zone_for_place(self.ui.cityEdit.text(), self.ui.organizerEdit.text())
        if zone is not None:
            self._select_data(self.ui.timezoneCombo, zone)

    def _suggest_org_code(self, organizer: str) -> None:
        if not self._org_code_typed:
            self.ui.organizerCodeEdit.setText(default_org_code(organizer) if organizer else "")

    @staticmethod
    def _suggested_verify_address() -> str:
        """A new event's QR codes point at this laptop's hub when it runs one on the network."""
        hub = HUB_PUBLIC_URL.get()
        loopback = any(h in hub for h in ("//127.", "//localhost", "//[::1]"))
        try:
            return suggested_verify_address("" if loopback else hub)
        except UserError:
            return PLACEHOLDER_ADDRESS

    def _update_verify_preview(self, address: str) -> None:
        """The URL a phone will open, and a warning when nobody runs that address or it is
        not HTTPS."""
        label = self.ui.verifyPreviewLabel
        text = address.strip()
        if not text:
            label.setText(self.tr("Kosong: alamat yang tersimpan tetap dipakai."))
            return
        warnings = [message_text(w) for w in verify_address_warnings(text)]
        preview = self.tr("Kode QR berisi:\n%1").replace("%1", preview_url(text))
        if warnings:
            label.setText(f"{preview}\n\u26a0 " + "\n\u26a0 ".join(warnings))
            label.setStyleSheet("color: #8a5300;")
        else:
            label.setText(preview)
            label.setStyleSheet("color: #5d6f84;")

    @staticmethod
    def _select_data(combo, value: str) -> None:  # type: ignore[no-untyped-def]
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))


def _qdatetime(local: dt.datetime) -> QDateTime:
    """A wall-clock time at the venue, held as UTC so this PC's zone (and DST) never shifts it."""
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc()
    )


def _pydatetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
