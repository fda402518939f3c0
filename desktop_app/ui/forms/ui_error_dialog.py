# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ErrorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(ErrorDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.headingLabel = QLabel(ErrorDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.headingLabel.setWordWrap(True)

        self.textLayout.addWidget(self.headingLabel)

        self.whatLabel = QLabel(ErrorDialog)
        self.whatLabel.setObjectName(u"whatLabel")
        self.whatLabel.setWordWrap(True)
        self.whatLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.whatLabel)

        self.safeLabel = QLabel(ErrorDialog)
        self.safeLabel.setObjectName(u"safeLabel")
        self.safeLabel.setWordWrap(True)

        self.textLayout.addWidget(self.safeLabel)

        self.logLabel = QLabel(ErrorDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.logLabel)


        self.headerLayout.addLayout(self.textLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openLogButton = QPushButton(ErrorDialog)
        self.openLogButton.setObjectName(u"openLogButton")
        self.openLogButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.openLogButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ErrorDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ErrorDialog)
        self.closeButton.clicked.connect(ErrorDialog.accept)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Terjadi kesalahan", None))
        self.headingLabel.setText(QCoreApplication.translate("ErrorDialog", u"Maaf, Ikrar mengalami masalah yang tidak terduga.", None))
        self.safeLabel.setText(QCoreApplication.translate("ErrorDialog", u"Data yang sudah tersimpan (peserta, kehadiran, tanda tangan, sertifikat) tetap aman. Pekerjaan yang sedang diisi di layar ini mungkin perlu diulang. Anda dapat melanjutkan bekerja.", None))
        self.openLogButton.setText(QCoreApplication.translate("ErrorDialog", u"Buka folder &log", None))
        self.closeButton.setText(QCoreApplication.translate("ErrorDialog", u"&Tutup", None))
    # retranslateUi

