"""Deklarasi page: the event it works on and four tabs, each its own widget and form:
Penandatanganan (``SigningQueueTab``), Naskah (``DeclarationTextsTab``), Dokumen
(``SigningDocumentsTab``) and Bukti (``EvidenceTab``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.signing.ui_declaration_page import Ui_DeclarationPage
from desktop_app.ui.signing.declaration_texts_tab import DeclarationTextsTab
from desktop_app.ui.signing.evidence_tab import EvidenceTab
from desktop_app.ui.signing.signing_documents_tab import SigningDocumentsTab
from desktop_app.ui.signing.signing_queue_tab import SigningQueueTab


class DeclarationPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DeclarationPage()
        self.ui.setupUi(self)
        self.queue_tab = SigningQueueTab(ctx, self.ui.signingTab)
        self.texts_tab = DeclarationTextsTab(ctx, self.ui.textsTab)
        self.documents_tab = SigningDocumentsTab(ctx, self.ui.documentsTab)
        self.evidence_tab = EvidenceTab(ctx, self.ui.evidenceTab)
        self.ui.signingHolder.addWidget(self.queue_tab)
        self.ui.textsHolder.addWidget(self.texts_tab)
        self.ui.documentsHolder.addWidget(self.documents_tab)
        self.ui.evidenceHolder.addWidget(self.evidence_tab)
        ctx.event_changed.connect(lambda _id: self.show_event())
        ctx.data_changed.connect(lambda topic: self.show_event() if topic == "event" else None)
        self.show_event()

    def show_event(self) -> None:
        event = self.ctx.current_event()
        self.ui.tabs.setEnabled(event is not None)
        self.ui.eventLabel.setText(
            f"<b>{event.title}</b> · {event.code}"
            if event is not None
            else self.tr("Belum ada acara dipilih. Pilih acara di halaman Acara.")
        )
