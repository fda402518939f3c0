# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_documents_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_SigningDocumentsTab(object):
    def setupUi(self, SigningDocumentsTab):
        if not SigningDocumentsTab.objectName():
            SigningDocumentsTab.setObjectName(u"SigningDocumentsTab")
        self.documentsLayout = QVBoxLayout(SigningDocumentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsHelp = QLabel(SigningDocumentsTab)
        self.documentsHelp.setObjectName(u"documentsHelp")
        self.documentsHelp.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsHelp)

        self.attendanceButton = QPushButton(SigningDocumentsTab)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.documentsLayout.addWidget(self.attendanceButton)

        self.statementsButton = QPushButton(SigningDocumentsTab)
        self.statementsButton.setObjectName(u"statementsButton")

        self.documentsLayout.addWidget(self.statementsButton)

        self.declarationButton = QPushButton(SigningDocumentsTab)
        self.declarationButton.setObjectName(u"declarationButton")

        self.documentsLayout.addWidget(self.declarationButton)

        self.spreadsheetButton = QPushButton(SigningDocumentsTab)
        self.spreadsheetButton.setObjectName(u"spreadsheetButton")

        self.documentsLayout.addWidget(self.spreadsheetButton)

        self.exportProgress = QProgressBar(SigningDocumentsTab)
        self.exportProgress.setObjectName(u"exportProgress")
        self.exportProgress.setValue(0)

        self.documentsLayout.addWidget(self.exportProgress)

        self.exportStatusLabel = QLabel(SigningDocumentsTab)
        self.exportStatusLabel.setObjectName(u"exportStatusLabel")
        self.exportStatusLabel.setWordWrap(True)

        self.documentsLayout.addWidget(self.exportStatusLabel)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.cancelExportButton = QPushButton(SigningDocumentsTab)
        self.cancelExportButton.setObjectName(u"cancelExportButton")

        self.exportButtons.addWidget(self.cancelExportButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportButtons.addItem(self.exportSpacer)

        self.openFolderButton = QPushButton(SigningDocumentsTab)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.exportButtons.addWidget(self.openFolderButton)


        self.documentsLayout.addLayout(self.exportButtons)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentsLayout.addItem(self.documentsSpacer)


        self.retranslateUi(SigningDocumentsTab)

        QMetaObject.connectSlotsByName(SigningDocumentsTab)
    # setupUi

    def retranslateUi(self, SigningDocumentsTab):
        SigningDocumentsTab.setWindowTitle(QCoreApplication.translate("SigningDocumentsTab", u"Dokumen", None))
        self.documentsHelp.setText(QCoreApplication.translate("SigningDocumentsTab", u"Dokumen dibuat di latar belakang dan disimpan di folder documents. Gambar tanda tangan dicetak; data goresan tidak pernah diekspor.", None))
        self.attendanceButton.setText(QCoreApplication.translate("SigningDocumentsTab", u"Daftar hadir (PDF)", None))
        self.statementsButton.setText(QCoreApplication.translate("SigningDocumentsTab", u"Surat pernyataan (PDF)", None))
        self.declarationButton.setText(QCoreApplication.translate("SigningDocumentsTab", u"Naskah deklarasi (PDF)", None))
        self.spreadsheetButton.setText(QCoreApplication.translate("SigningDocumentsTab", u"Rekap hadir dan tanda tangan (Excel)", None))
        self.exportStatusLabel.setText("")
        self.cancelExportButton.setText(QCoreApplication.translate("SigningDocumentsTab", u"Hentikan", None))
        self.openFolderButton.setText(QCoreApplication.translate("SigningDocumentsTab", u"Buka folder", None))
    # retranslateUi

