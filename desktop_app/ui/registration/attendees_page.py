"""Peserta page: the event's attendees with filters, import, walk-ins and invitation PDFs.

The table is a model over plain tuples loaded in the background, so 10,000+ attendees
scroll smoothly; the text filter uses the same search index as the Registrasi page.
NIKs are shown masked only (UU PDP).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QProgressDialog,
    QWidget,
)

from desktop_app.documents.common.batch_render import BatchCancelled
from desktop_app.documents.registration.invitations_pdf import write_invitations
from desktop_app.models import Attendee, Event
from desktop_app.models.categories import Category
from desktop_app.services.common.errors import UserError
from desktop_app.services.people.identifiers import mask_nik
from desktop_app.services.people.identity_display import format_identifier
from desktop_app.services.registration.attendee_search import search_attendees
from desktop_app.services.registration.checkin import first_checkin_times
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.registration.ui_attendees_page import Ui_AttendeesPage
from desktop_app.ui.labels import category_label, label
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.local_time import format_time
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_task

log = logging.getLogger("ikrar.ui.attendees")


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    id: str
    code: str
    full_name: str
    category: str
    identifier: str
    position: str
    institution: str
    present_at: dt.datetime | None
    source: str


def load_rows(event_id: str) -> tuple[list[AttendeeRow], str]:
    """The event's attendees in name order with their first check-in (runs in a worker)."""
    event = Event.get_by_id(event_id)
    present = first_checkin_times(event)
    people = (
        Attendee.select(
            Attendee.id,
            Attendee.code,
            Attendee.full_name,
            Attendee.category,
            Attendee.nip,
            Attendee.nrp,
            Attendee.nik,
            Attendee.position,
            Attendee.institution,
            Attendee.source,
        )
        .where((Attendee.event == event) & ~Attendee.removed)
        .order_by(Attendee.sort_name)
        .tuples()
        .iterator()  # one row at a time: 50,000 attendees are not held twice
    )
    rows = []
    # Categories, positions and institutions repeat thousands of times: one string each.
    shared: dict[str, str] = {}
    for aid, code, name, category, nip, nrp, nik, position, institution, source in people:
        category, position, institution, source = (
            shared.setdefault(v, v) for v in (category, position, institution, source)
        )
        identifier = (
            format_identifier(nip)
            if nip
            else (f"NRP {nrp}" if nrp else (f"NIK {mask_nik(nik)}" if nik else ""))
        )
        rows.append(
            AttendeeRow(
                aid,
                code,
                name,
                category,
                identifier,
                position,
                institution,
                present.get(aid),
                source,
            )
        )
    return rows, event.timezone


class AttendeeTableModel(ListTableModel[AttendeeRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Kode"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Nama"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Kategori"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "NIP / NRP / NIK"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Jabatan"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Instansi"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Hadir"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Sumber"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz_name = "Asia/Jakarta"

    @property
    def rows(self) -> list[AttendeeRow]:
        return self.items

    def set_rows(self, rows: list[AttendeeRow], tz_name: str) -> None:
        self.tz_name = tz_name
        self.replace_items(rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 2:
                return category_label(row.category)
            if column == 6:
                return format_time(row.present_at, self.tz_name) if row.present_at else "—"
            if column == 7:
                return (
                    self.tr("Datang langsung") if row.source == "WALK_IN" else self.tr("Undangan")
                )
            return (row.code, row.full_name, "", row.identifier, row.position, row.institution)[
                column
            ]
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row.present_at:
            return QColor("#1e6b2a")
        return None


class AttendeesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AttendeesPage()
        self.ui.setupUi(self)
        self.all_rows: list[AttendeeRow] = []
        self.tz_name = "Asia/Jakarta"
        self.model = AttendeeTableModel(self)
        self.import_dialog: Any = None
        ui = self.ui
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((88, 250, 130, 175, 160, 230, 80, 110)):
            header.resizeSection(column, width)
        for column in (1, 5):  # name and institution take the spare width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        ui.categoryFilter.addItem(self.tr("Semua kategori"), "")
        for category in Category:
            ui.categoryFilter.addItem(label(category.label), category.value)
        ui.presenceFilter.addItem(self.tr("Hadir dan belum"), "")
        ui.presenceFilter.addItem(self.tr("Sudah hadir"), "present")
        ui.presenceFilter.addItem(self.tr("Belum hadir"), "absent")
        ui.filterEdit.textChanged.connect(lambda _t: self.apply_filter())
        ui.categoryFilter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.presenceFilter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.importButton.clicked.connect(lambda: self.import_file())
        ui.walkInButton.clicked.connect(self.open_walk_in)
        ui.invitationsButton.clicked.connect(lambda: self.make_invitations())
        ctx.event_changed.connect(lambda _id: self.refresh())
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("attendees", "checkins", "event"):
            self.refresh()

    def refresh(self) -> None:
        event_id = self.ctx.event_id
        for button in (self.ui.importButton, self.ui.walkInButton, self.ui.invitationsButton):
            button.setEnabled(bool(event_id))
        if not event_id:
            self.all_rows = []
            self.apply_filter()
            self.ui.countLabel.setText(self.tr("Pilih atau buat acara lebih dulu."))
            return
        run_task(lambda: load_rows(event_id), self._loaded, owner=self)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            log.error("loading attendees failed: %r", error)
            return
        self.all_rows, self.tz_name = result
        self.apply_filter()

    def visible_rows(self) -> list[AttendeeRow]:
        return self.model.rows

    def apply_filter(self) -> None:
        rows = self.all_rows
        text = self.ui.filterEdit.text().strip()
        if text and self.ctx.event_id:
            wanted = {
                e.attendee_id
                for e in search_attendees(self.ctx.event_id, text, limit=max(len(rows), 1))
            }
            rows = [r for r in rows if r.id in wanted]
        category = self.ui.categoryFilter.currentData()
        if category:
            rows = [r for r in rows if r.category == category]
        presence = self.ui.presenceFilter.currentData()
        if presence == "present":
            rows = [r for r in rows if r.present_at]
        elif presence == "absent":
            rows = [r for r in rows if not r.present_at]
        self.model.set_rows(rows, self.tz_name)
        present = sum(1 for r in self.all_rows if r.present_at)
        shown = (
            ""
            if len(rows) == len(self.all_rows)
            else self.tr(" · %1 ditampilkan").replace("%1", str(len(rows)))
        )
        self.ui.countLabel.setText(
            self.tr("%1 peserta · %2 hadir")
            .replace("%1", str(len(self.all_rows)))
            .replace("%2", str(present))
            + shown
        )

    # -- actions ------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> Any:
        """Open the import dialog for ``path`` (asks for a file when None)."""
        if not self.ctx.event_id:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Pilih daftar undangan"),
                str(Path.home()),
                self.tr("Daftar undangan (*.xlsx *.xlsm *.xls *.csv);;Semua file (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        from desktop_app.ui.registration.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, path, self)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def open_walk_in(self) -> None:
        if not self.ctx.event_id:
            return
        from desktop_app.ui.registration.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.ctx, self)
        dialog.registered.connect(
            lambda _r: (self.ctx.notify("attendees"), self.ctx.notify("checkins"))
        )
        dialog.open()

    def make_invitations(self, path: Path | None = None, layout: str | None = None) -> None:
        """PDF badges or letters for the selected rows (or all rows shown)."""
        event_id = self.ctx.event_id
        if not event_id:
            return
        if layout is None:
            choices = [
                self.tr("Kartu peserta (8 per halaman A4)"),
                self.tr("Surat undangan (1 per halaman)"),
            ]
            picked, accepted = QInputDialog.getItem(
                self, self.tr("Cetak undangan"), self.tr("Bentuk:"), choices, 0, False
            )
            if not accepted:
                return
            layout = "badge" if picked == choices[0] else "letter"
        if path is None:
            suggested = str(self.ctx.home.documents / f"undangan-{layout}.pdf")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan PDF"), suggested, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        selected = {
            self.model.rows[i.row()].id for i in self.ui.table.selectionModel().selectedRows()
        }
        ids = list(selected) if selected else [r.id for r in self.model.rows]
        chosen_layout, target = layout, path

        def work(progress: Any, cancelled: Any) -> int | None:
            people = list(
                Attendee.select().where(Attendee.id.in_(ids)).order_by(Attendee.sort_name)
            )
            event = Event.get_by_id(event_id)
            try:
                return write_invitations(
                    event, target, people, chosen_layout, progress=progress, cancelled=cancelled
                )
            except BatchCancelled:
                return None

        # Large events take seconds: show progress and let the operator stop it.
        waiting = QProgressDialog(
            self.tr("Membuat PDF undangan…"), self.tr("Batal"), 0, max(len(ids), 1), self
        )
        waiting.setWindowTitle(self.tr("Cetak undangan"))
        waiting.setMinimumDuration(400)
        waiting.setAutoClose(False)
        waiting.setAutoReset(False)

        def done(count: Any, error: BaseException | None) -> None:
            waiting.close()
            if count is None and error is None:
                self.ctx.status_message.emit(self.tr("Pembuatan undangan dibatalkan."))
                return
            if error is not None:
                message = (
                    error_text(error)
                    if isinstance(error, UserError)
                    else self.tr("PDF tidak dapat dibuat; rincian ada di log.")
                )
                self.ctx.status_message.emit(message)
                return
            self.ctx.status_message.emit(
                self.tr("%1 undangan disimpan ke %2")
                .replace("%1", str(count))
                .replace("%2", str(target))
            )

        self.ctx.status_message.emit(self.tr("Membuat PDF…"))

        def on_progress(done_count: int, total: int) -> None:
            waiting.setMaximum(max(total, 1))
            waiting.setValue(done_count)

        handle = run_task(work, done, owner=self, on_progress=on_progress)
        waiting.canceled.connect(handle.cancel)
