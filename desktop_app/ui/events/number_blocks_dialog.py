"""Certificate number blocks of the current event: which station prints which numbers.

The organizer's laptop (the station that created the event) hands blocks to desks by
their station name before the event; a desk takes the numbers of its blocks, so no two
desks print the same number even offline (``services/certificates/numbering.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.models import CertificateNumberBlock, Event, local_station
from desktop_app.services.certificates import numbering
from desktop_app.services.common.errors import UserError
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.events.ui_number_blocks_dialog import Ui_NumberBlocksDialog
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_write


class NumberBlocksDialog(QDialog):
    def __init__(self, ctx: AppContext, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.acara = event  # not "self.event": that is QObject.event(), Qt calls it
        self.ui = Ui_NumberBlocksDialog()
        self.ui.setupUi(self)
        header = self.ui.blocksTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.allocateButton.clicked.connect(self.allocate)
        self.ui.stationEdit.returnPressed.connect(self.allocate)
        allocator = numbering.is_allocator(event)
        station = local_station().name
        handover = numbering.handover_block(event)
        if handover is not None:
            intro = self.tr(
                "Nomor sertifikat acara ini mulai %1 dibagikan oleh hub: setiap stasiun "
                "mendapat bloknya saat sinkron, dan blok berikutnya saat hampir habis."
            ).replace("%1", str(handover.first_seq))
        elif allocator:
            intro = self.tr(
                "Stasiun ini (%1) membuat acara ini dan membagi nomor sertifikat. Bagikan "
                "satu blok untuk setiap meja lain sebelum acara; meja itu memakai nomor "
                "bloknya, jadi tidak ada nomor ganda walau tanpa jaringan."
            ).replace("%1", station)
        else:
            intro = self.tr(
                "Stasiun ini (%1) memakai blok yang dibagikan penyelenggara untuk namanya. "
                "Hanya stasiun yang membuat acara yang dapat membagi blok."
            ).replace("%1", station)
        self.ui.introLabel.setText(intro)
        for widget in (self.ui.stationEdit, self.ui.sizeSpin, self.ui.allocateButton):
            widget.setEnabled(allocator)
        self.ui.sizeSpin.setValue(numbering.BLOCK_SIZE)
        self.reload()

    def reload(self) -> None:
        table = self.ui.blocksTable
        blocks = numbering.all_blocks(self.acara)
        table.setRowCount(len(blocks))
        mine = {b.id for b in numbering.blocks_for(self.acara)}
        for row, block in enumerate(blocks):
            holder = block.holder_name or block.holder_station[:8]
            if block.id in mine:
                holder += self.tr(" (stasiun ini)")
            used = numbering._used_in(self.acara, block) - block.first_seq + 1
            span = f"{block.first_seq}–{block.last_seq}"
            if block.holder_station == numbering.HUB_HOLDER:
                # The rest of the numbers, handed to the hub: it allocates from there.
                holder, span, used = "Hub", f"{block.first_seq}–…", 0
            cells = (holder, span, str(max(0, used)))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def allocate(self) -> None:
        """Hand out a block on the write path; the list shows it once committed."""
        name, size = self.ui.stationEdit.text(), self.ui.sizeSpin.value()
        event_id, operator = self.acara.id, self.ctx.operator
        self.ui.allocateButton.setEnabled(False)

        def work() -> CertificateNumberBlock:
            event = Event.get_by_id(event_id)
            return numbering.allocate_block(event, name, size, operator=operator)

        run_write(work, self._allocated, owner=self)

    def _allocated(self, block: CertificateNumberBlock | None, error: BaseException | None) -> None:
        self.ui.allocateButton.setEnabled(True)
        if error is not None or block is None:
            self.ui.messageLabel.setStyleSheet("color: #8a1c12;")
            self.ui.messageLabel.setText(
                error_text(error)
                if isinstance(error, UserError)
                else self.tr("Blok tidak tersimpan. Rincian ada di log.")
            )
            return
        self.ui.messageLabel.setStyleSheet("color: #1e6b34;")
        self.ui.messageLabel.setText(
            self.tr("Blok %1–%2 untuk %3 tersimpan.")
            .replace("%1", str(block.first_seq))
            .replace("%2", str(block.last_seq))
            .replace("%3", block.holder_name)
        )
        self.ui.stationEdit.clear()
        self.reload()
        self.ctx.notify("event")
