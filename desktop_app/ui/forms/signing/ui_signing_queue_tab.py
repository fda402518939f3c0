# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_queue_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_SigningQueueTab(object):
    def setupUi(self, SigningQueueTab):
        if not SigningQueueTab.objectName():
            SigningQueueTab.setObjectName(u"SigningQueueTab")
        self.signingLayout = QVBoxLayout(SigningQueueTab)
        self.signingLayout.setObjectName(u"signingLayout")
        self.kioskRow = QHBoxLayout()
        self.kioskRow.setObjectName(u"kioskRow")
        self.kioskButton = QPushButton(SigningQueueTab)
        self.kioskButton.setObjectName(u"kioskButton")
        self.kioskButton.setCheckable(True)

        self.kioskRow.addWidget(self.kioskButton)

        self.kioskLabel = QLabel(SigningQueueTab)
        self.kioskLabel.setObjectName(u"kioskLabel")
        self.kioskLabel.setWordWrap(True)

        self.kioskRow.addWidget(self.kioskLabel)


        self.signingLayout.addLayout(self.kioskRow)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(SigningQueueTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.queueCountLabel = QLabel(SigningQueueTab)
        self.queueCountLabel.setObjectName(u"queueCountLabel")

        self.searchRow.addWidget(self.queueCountLabel)


        self.signingLayout.addLayout(self.searchRow)

        self.queueTable = QTableView(SigningQueueTab)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueTable.setAlternatingRowColors(True)

        self.signingLayout.addWidget(self.queueTable)

        self.queueButtons = QHBoxLayout()
        self.queueButtons.setObjectName(u"queueButtons")
        self.queueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueButtons.addItem(self.queueSpacer)

        self.signButton = QPushButton(SigningQueueTab)
        self.signButton.setObjectName(u"signButton")

        self.queueButtons.addWidget(self.signButton)


        self.signingLayout.addLayout(self.queueButtons)

        self.officialsTitle = QLabel(SigningQueueTab)
        self.officialsTitle.setObjectName(u"officialsTitle")

        self.signingLayout.addWidget(self.officialsTitle)

        self.officialsList = QListWidget(SigningQueueTab)
        self.officialsList.setObjectName(u"officialsList")
        self.officialsList.setMaximumHeight(110)

        self.signingLayout.addWidget(self.officialsList)

        self.officialButtons = QHBoxLayout()
        self.officialButtons.setObjectName(u"officialButtons")
        self.officialSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officialButtons.addItem(self.officialSpacer)

        self.signOfficialButton = QPushButton(SigningQueueTab)
        self.signOfficialButton.setObjectName(u"signOfficialButton")

        self.officialButtons.addWidget(self.signOfficialButton)


        self.signingLayout.addLayout(self.officialButtons)


        self.retranslateUi(SigningQueueTab)

        QMetaObject.connectSlotsByName(SigningQueueTab)
    # setupUi

    def retranslateUi(self, SigningQueueTab):
        SigningQueueTab.setWindowTitle(QCoreApplication.translate("SigningQueueTab", u"Penandatanganan", None))
        self.kioskButton.setText(QCoreApplication.translate("SigningQueueTab", u"Mulai mode kiosk", None))
        self.kioskLabel.setText(QCoreApplication.translate("SigningQueueTab", u"Mode kiosk mati: penandatanganan tampil di jendela ini.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SigningQueueTab", u"Cari nama, NIP/NRP, atau instansi\u2026", None))
        self.queueCountLabel.setText("")
        self.signButton.setText(QCoreApplication.translate("SigningQueueTab", u"Tanda tangani peserta terpilih", None))
        self.officialsTitle.setText(QCoreApplication.translate("SigningQueueTab", u"<b>Tanda tangan pejabat</b> \u2014 naskah deklarasi kolektif dan dokumen yang ditandatanganinya (daftar hadir, sertifikat, undangan):", None))
        self.signOfficialButton.setText(QCoreApplication.translate("SigningQueueTab", u"Tanda tangani yang dipilih", None))
    # retranslateUi

