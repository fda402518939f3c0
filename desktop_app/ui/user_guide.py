"""Help → Panduan pengguna: the user guide (``docs/*.md``) read inside the app, offline.

The guide is the same Markdown the repository shows, shipped with the app; Qt renders it
(``QTextBrowser`` reads Markdown and follows its links to the other pages and pictures),
so there is no browser, network or second copy of the text to keep in step.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.resources import docs_path

START_PAGE = "gui.md"


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None, page: str = START_PAGE) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan pengguna Ikrar"))
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Kembali"), self)
        self.home_button = QPushButton(self.tr("&Awal panduan"), self)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)  # web links go to the browser, pages stay here
        layout.addWidget(self.browser, 1)
        self.back_button.clicked.connect(self.browser.backward)
        self.home_button.clicked.connect(lambda: self.open_page(START_PAGE))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.open_page(page)

    def open_page(self, page: str) -> None:
        path = docs_path(page)
        if not path.exists():
            self.browser.setPlainText(
                self.tr("Panduan tidak ditemukan di %1.").replace("%1", str(path))
            )
            return
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
