# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_VerifyPage(object):
    def setupUi(self, VerifyPage):
        if not VerifyPage.objectName():
            VerifyPage.setObjectName(u"VerifyPage")
        self.pageLayout = QVBoxLayout(VerifyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(VerifyPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.helpLabel = QLabel(VerifyPage)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.helpLabel)

        self.inputRow = QHBoxLayout()
        self.inputRow.setObjectName(u"inputRow")
        self.tokenEdit = QLineEdit(VerifyPage)
        self.tokenEdit.setObjectName(u"tokenEdit")
        self.tokenEdit.setClearButtonEnabled(True)

        self.inputRow.addWidget(self.tokenEdit)

        self.checkButton = QPushButton(VerifyPage)
        self.checkButton.setObjectName(u"checkButton")

        self.inputRow.addWidget(self.checkButton)

        self.openFileButton = QPushButton(VerifyPage)
        self.openFileButton.setObjectName(u"openFileButton")

        self.inputRow.addWidget(self.openFileButton)


        self.pageLayout.addLayout(self.inputRow)

        self.resultFrame = QFrame(VerifyPage)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QVBoxLayout(self.resultFrame)
        self.resultLayout.setObjectName(u"resultLayout")
        self.verdictLabel = QLabel(self.resultFrame)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.resultLayout.addWidget(self.verdictLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.holderCaption = QLabel(self.resultFrame)
        self.holderCaption.setObjectName(u"holderCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.holderCaption)

        self.holderValue = QLabel(self.resultFrame)
        self.holderValue.setObjectName(u"holderValue")
        self.holderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.holderValue)

        self.roleCaption = QLabel(self.resultFrame)
        self.roleCaption.setObjectName(u"roleCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleValue = QLabel(self.resultFrame)
        self.roleValue.setObjectName(u"roleValue")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleValue)

        self.eventCaption = QLabel(self.resultFrame)
        self.eventCaption.setObjectName(u"eventCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.eventCaption)

        self.eventValue = QLabel(self.resultFrame)
        self.eventValue.setObjectName(u"eventValue")
        self.eventValue.setWordWrap(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.eventValue)

        self.numberCaption = QLabel(self.resultFrame)
        self.numberCaption.setObjectName(u"numberCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberValue = QLabel(self.resultFrame)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.dateCaption = QLabel(self.resultFrame)
        self.dateCaption.setObjectName(u"dateCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateValue = QLabel(self.resultFrame)
        self.dateValue.setObjectName(u"dateValue")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateValue)


        self.resultLayout.addLayout(self.detailsForm)

        self.messageLabel = QLabel(self.resultFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.messageLabel)


        self.pageLayout.addWidget(self.resultFrame)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(VerifyPage)

        QMetaObject.connectSlotsByName(VerifyPage)
    # setupUi

    def retranslateUi(self, VerifyPage):
        VerifyPage.setWindowTitle(QCoreApplication.translate("VerifyPage", u"Verifikasi", None))
        self.titleLabel.setText(QCoreApplication.translate("VerifyPage", u"Verifikasi sertifikat", None))
        self.helpLabel.setText(QCoreApplication.translate("VerifyPage", u"Pindai kode QR sertifikat dengan pemindai (diakhiri Enter), tempel tautan atau token, atau buka berkas PDF/PNG.", None))
        self.tokenEdit.setPlaceholderText(QCoreApplication.translate("VerifyPage", u"HTTPS://\u2026/V/\u2026 atau token", None))
        self.checkButton.setText(QCoreApplication.translate("VerifyPage", u"&Periksa", None))
        self.openFileButton.setText(QCoreApplication.translate("VerifyPage", u"Buka &berkas\u2026", None))
        self.verdictLabel.setText(QCoreApplication.translate("VerifyPage", u"Belum ada yang diperiksa.", None))
        self.holderCaption.setText(QCoreApplication.translate("VerifyPage", u"Pemegang", None))
        self.holderValue.setText(QCoreApplication.translate("VerifyPage", u"\u2014", None))
        self.roleCaption.setText(QCoreApplication.translate("VerifyPage", u"Peran", None))
        self.roleValue.setText(QCoreApplication.translate("VerifyPage", u"\u2014", None))
        self.eventCaption.setText(QCoreApplication.translate("VerifyPage", u"Acara", None))
        self.eventValue.setText(QCoreApplication.translate("VerifyPage", u"\u2014", None))
        self.numberCaption.setText(QCoreApplication.translate("VerifyPage", u"Nomor", None))
        self.numberValue.setText(QCoreApplication.translate("VerifyPage", u"\u2014", None))
        self.dateCaption.setText(QCoreApplication.translate("VerifyPage", u"Tanggal", None))
        self.dateValue.setText(QCoreApplication.translate("VerifyPage", u"\u2014", None))
        self.messageLabel.setText("")
    # retranslateUi

