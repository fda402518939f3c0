# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificate_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_CertificateList(object):
    def setupUi(self, CertificateList):
        if not CertificateList.objectName():
            CertificateList.setObjectName(u"CertificateList")
        self.listLayout = QVBoxLayout(CertificateList)
        self.listLayout.setObjectName(u"listLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(CertificateList)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.filterCombo = QComboBox(CertificateList)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterRow.addWidget(self.filterCombo)

        self.summaryLabel = QLabel(CertificateList)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.filterRow.addWidget(self.summaryLabel)


        self.listLayout.addLayout(self.filterRow)

        self.table = QTableView(CertificateList)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)

        self.listLayout.addWidget(self.table)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(CertificateList)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(CertificateList)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)


        self.listLayout.addLayout(self.progressRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.generateSelectedButton = QPushButton(CertificateList)
        self.generateSelectedButton.setObjectName(u"generateSelectedButton")

        self.actionRow.addWidget(self.generateSelectedButton)

        self.generateAllButton = QPushButton(CertificateList)
        self.generateAllButton.setObjectName(u"generateAllButton")

        self.actionRow.addWidget(self.generateAllButton)

        self.printButton = QPushButton(CertificateList)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.openButton = QPushButton(CertificateList)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.revokeButton = QPushButton(CertificateList)
        self.revokeButton.setObjectName(u"revokeButton")

        self.actionRow.addWidget(self.revokeButton)


        self.listLayout.addLayout(self.actionRow)


        self.retranslateUi(CertificateList)

        QMetaObject.connectSlotsByName(CertificateList)
    # setupUi

    def retranslateUi(self, CertificateList):
        CertificateList.setWindowTitle(QCoreApplication.translate("CertificateList", u"Daftar", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CertificateList", u"Cari nama atau nomor\u2026", None))
        self.summaryLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("CertificateList", u"Batal", None))
        self.generateSelectedButton.setText(QCoreApplication.translate("CertificateList", u"Buat PDF &terpilih\u2026", None))
        self.generateAllButton.setText(QCoreApplication.translate("CertificateList", u"Buat PDF &semua\u2026", None))
        self.printButton.setText(QCoreApplication.translate("CertificateList", u"&Cetak\u2026", None))
        self.openButton.setText(QCoreApplication.translate("CertificateList", u"&Buka PDF", None))
        self.revokeButton.setText(QCoreApplication.translate("CertificateList", u"Ca&but\u2026", None))
    # retranslateUi

