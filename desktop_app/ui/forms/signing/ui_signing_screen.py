# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_SigningScreen(object):
    def setupUi(self, SigningScreen):
        if not SigningScreen.objectName():
            SigningScreen.setObjectName(u"SigningScreen")
        self.rootLayout = QVBoxLayout(SigningScreen)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.titleLabel = QLabel(SigningScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.titleLabel)

        self.signerLabel = QLabel(SigningScreen)
        self.signerLabel.setObjectName(u"signerLabel")
        self.signerLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.signerLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(14)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.textBrowser = QTextBrowser(SigningScreen)
        self.textBrowser.setObjectName(u"textBrowser")
        self.textBrowser.setOpenLinks(False)

        self.bodyLayout.addWidget(self.textBrowser)

        self.signLayout = QVBoxLayout()
        self.signLayout.setObjectName(u"signLayout")
        self.padHint = QLabel(SigningScreen)
        self.padHint.setObjectName(u"padHint")

        self.signLayout.addWidget(self.padHint)

        self.padHost = QWidget(SigningScreen)
        self.padHost.setObjectName(u"padHost")
        self.padLayout = QVBoxLayout(self.padHost)
        self.padLayout.setObjectName(u"padLayout")
        self.padLayout.setContentsMargins(0, 0, 0, 0)

        self.signLayout.addWidget(self.padHost)

        self.padButtons = QHBoxLayout()
        self.padButtons.setObjectName(u"padButtons")
        self.undoButton = QPushButton(SigningScreen)
        self.undoButton.setObjectName(u"undoButton")

        self.padButtons.addWidget(self.undoButton)

        self.clearButton = QPushButton(SigningScreen)
        self.clearButton.setObjectName(u"clearButton")

        self.padButtons.addWidget(self.clearButton)


        self.signLayout.addLayout(self.padButtons)

        self.consentCheck = QCheckBox(SigningScreen)
        self.consentCheck.setObjectName(u"consentCheck")

        self.signLayout.addWidget(self.consentCheck)

        self.consentLabel = QLabel(SigningScreen)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setWordWrap(True)

        self.signLayout.addWidget(self.consentLabel)

        self.confirmCheck = QCheckBox(SigningScreen)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.signLayout.addWidget(self.confirmCheck)

        self.confirmLabel = QLabel(SigningScreen)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setWordWrap(True)

        self.signLayout.addWidget(self.confirmLabel)

        self.statusLabel = QLabel(SigningScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.signLayout.addWidget(self.statusLabel)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.cancelButton = QPushButton(SigningScreen)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionButtons.addWidget(self.cancelButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.saveButton = QPushButton(SigningScreen)
        self.saveButton.setObjectName(u"saveButton")

        self.actionButtons.addWidget(self.saveButton)


        self.signLayout.addLayout(self.actionButtons)


        self.bodyLayout.addLayout(self.signLayout)

        self.bodyLayout.setStretch(0, 11)
        self.bodyLayout.setStretch(1, 9)

        self.rootLayout.addLayout(self.bodyLayout)

        QWidget.setTabOrder(self.textBrowser, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.confirmCheck)
        QWidget.setTabOrder(self.confirmCheck, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(SigningScreen)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SigningScreen)
    # setupUi

    def retranslateUi(self, SigningScreen):
        SigningScreen.setWindowTitle(QCoreApplication.translate("SigningScreen", u"Penandatanganan Pernyataan", None))
        self.titleLabel.setText(QCoreApplication.translate("SigningScreen", u"Surat Pernyataan", None))
        self.signerLabel.setText(QCoreApplication.translate("SigningScreen", u"Nama penanda tangan", None))
        self.padHint.setText(QCoreApplication.translate("SigningScreen", u"Tanda tangan di kotak putih di bawah ini:", None))
        self.undoButton.setText(QCoreApplication.translate("SigningScreen", u"Batalkan goresan terakhir", None))
        self.clearButton.setText(QCoreApplication.translate("SigningScreen", u"Ulangi", None))
        self.consentCheck.setText(QCoreApplication.translate("SigningScreen", u"Saya setuju data tanda tangan saya disimpan", None))
        self.confirmCheck.setText(QCoreApplication.translate("SigningScreen", u"Saya menyatakan\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("SigningScreen", u"Batal", None))
        self.saveButton.setText(QCoreApplication.translate("SigningScreen", u"Simpan", None))
    # retranslateUi

