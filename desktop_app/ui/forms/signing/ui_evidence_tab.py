# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_EvidenceTab(object):
    def setupUi(self, EvidenceTab):
        if not EvidenceTab.objectName():
            EvidenceTab.setObjectName(u"EvidenceTab")
        self.evidenceLayout = QVBoxLayout(EvidenceTab)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceHelp = QLabel(EvidenceTab)
        self.evidenceHelp.setObjectName(u"evidenceHelp")
        self.evidenceHelp.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceHelp)

        self.verifyRow = QHBoxLayout()
        self.verifyRow.setObjectName(u"verifyRow")
        self.verifyButton = QPushButton(EvidenceTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyRow.addWidget(self.verifyButton)

        self.verifySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verifyRow.addItem(self.verifySpacer)


        self.evidenceLayout.addLayout(self.verifyRow)

        self.verifyResultLabel = QLabel(EvidenceTab)
        self.verifyResultLabel.setObjectName(u"verifyResultLabel")
        self.verifyResultLabel.setWordWrap(True)
        self.verifyResultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.evidenceLayout.addWidget(self.verifyResultLabel)

        self.pinHelp = QLabel(EvidenceTab)
        self.pinHelp.setObjectName(u"pinHelp")
        self.pinHelp.setWordWrap(True)

        self.evidenceLayout.addWidget(self.pinHelp)

        self.pinRow = QHBoxLayout()
        self.pinRow.setObjectName(u"pinRow")
        self.pinButton = QPushButton(EvidenceTab)
        self.pinButton.setObjectName(u"pinButton")

        self.pinRow.addWidget(self.pinButton)

        self.pinStatusLabel = QLabel(EvidenceTab)
        self.pinStatusLabel.setObjectName(u"pinStatusLabel")

        self.pinRow.addWidget(self.pinStatusLabel)

        self.pinSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinRow.addItem(self.pinSpacer)


        self.evidenceLayout.addLayout(self.pinRow)

        self.keysHelp = QLabel(EvidenceTab)
        self.keysHelp.setObjectName(u"keysHelp")
        self.keysHelp.setWordWrap(True)

        self.evidenceLayout.addWidget(self.keysHelp)

        self.keysRow = QHBoxLayout()
        self.keysRow.setObjectName(u"keysRow")
        self.keysButton = QPushButton(EvidenceTab)
        self.keysButton.setObjectName(u"keysButton")

        self.keysRow.addWidget(self.keysButton)

        self.keysStatusLabel = QLabel(EvidenceTab)
        self.keysStatusLabel.setObjectName(u"keysStatusLabel")

        self.keysRow.addWidget(self.keysStatusLabel)

        self.keysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keysRow.addItem(self.keysSpacer)


        self.evidenceLayout.addLayout(self.keysRow)

        self.evidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.evidenceLayout.addItem(self.evidenceSpacer)


        self.retranslateUi(EvidenceTab)

        QMetaObject.connectSlotsByName(EvidenceTab)
    # setupUi

    def retranslateUi(self, EvidenceTab):
        EvidenceTab.setWindowTitle(QCoreApplication.translate("EvidenceTab", u"Bukti", None))
        self.evidenceHelp.setText(QCoreApplication.translate("EvidenceTab", u"Setiap tanda tangan disimpan sebagai catatan bukti berantai per stasiun. Pemeriksaan menghitung ulang semua hash dan menyebut catatan pertama yang rusak.", None))
        self.verifyButton.setText(QCoreApplication.translate("EvidenceTab", u"Periksa rantai bukti", None))
        self.pinHelp.setText(QCoreApplication.translate("EvidenceTab", u"PIN penyelenggara melindungi data goresan tanda tangan (data pribadi menurut UU PDP) dan mengakhiri mode kiosk bila hanya ada satu layar.", None))
        self.pinButton.setText(QCoreApplication.translate("EvidenceTab", u"Atur PIN penyelenggara\u2026", None))
        self.keysHelp.setText(QCoreApplication.translate("EvidenceTab", u"Frasa sandi melindungi kunci privat stasiun ini (yang menandatangani bukti dan sertifikat) di disk: salinan folder data dari laptop yang mati tidak dapat menandatangani. Frasa sandi ditanyakan sekali setiap aplikasi dibuka.", None))
        self.keysButton.setText(QCoreApplication.translate("EvidenceTab", u"Lindungi kunci dengan frasa sandi\u2026", None))
    # retranslateUi

