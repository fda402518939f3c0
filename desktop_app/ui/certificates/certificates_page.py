"""Sertifikat page: two tabs, each its own widget and form: the certificate list with its
actions (``CertificateList``) and the template editor (``TemplateEditor``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.certificates.certificate_list import CertificateList
from desktop_app.ui.certificates.template_editor import TemplateEditor
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.certificates.ui_certificates_page import Ui_CertificatesPage


class CertificatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CertificatesPage()
        self.ui.setupUi(self)
        self.list = CertificateList(ctx, self.ui.listTab)
        self.editor = TemplateEditor(ctx, self.ui.templateTab)
        self.ui.listHolder.addWidget(self.list)
        self.ui.templateHolder.addWidget(self.editor)
