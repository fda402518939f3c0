# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letterhead_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

class Ui_LetterheadDialog(object):
    def setupUi(self, LetterheadDialog):
        if not LetterheadDialog.objectName():
            LetterheadDialog.setObjectName(u"LetterheadDialog")
        LetterheadDialog.setMinimumSize(QSize(620, 0))
        self.dialogLayout = QVBoxLayout(LetterheadDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.kopGroup = QGroupBox(LetterheadDialog)
        self.kopGroup.setObjectName(u"kopGroup")
        self.kopLayout = QGridLayout(self.kopGroup)
        self.kopLayout.setObjectName(u"kopLayout")
        self.agencyLabel = QLabel(self.kopGroup)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.kopLayout.addWidget(self.agencyLabel, 0, 0, 1, 1)

        self.agencyEdit = QPlainTextEdit(self.kopGroup)
        self.agencyEdit.setObjectName(u"agencyEdit")
        self.agencyEdit.setMaximumSize(QSize(16777215, 64))
        self.agencyEdit.setTabChangesFocus(True)

        self.kopLayout.addWidget(self.agencyEdit, 0, 1, 1, 1)

        self.logoLayout = QVBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.kopGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(96, 96))
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButton = QPushButton(self.kopGroup)
        self.logoButton.setObjectName(u"logoButton")
        self.logoButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.logoButton)

        self.removeLogoButton = QPushButton(self.kopGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")
        self.removeLogoButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.removeLogoButton)


        self.kopLayout.addLayout(self.logoLayout, 0, 2, 3, 1)

        self.addressLabel = QLabel(self.kopGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.kopLayout.addWidget(self.addressLabel, 1, 0, 1, 1)

        self.addressEdit = QLineEdit(self.kopGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.kopLayout.addWidget(self.addressEdit, 1, 1, 1, 1)

        self.contactLabel = QLabel(self.kopGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.kopLayout.addWidget(self.contactLabel, 2, 0, 1, 1)

        self.contactLayout = QHBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.phoneEdit = QLineEdit(self.kopGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(60)

        self.contactLayout.addWidget(self.phoneEdit)

        self.emailEdit = QLineEdit(self.kopGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.contactLayout.addWidget(self.emailEdit)

        self.websiteEdit = QLineEdit(self.kopGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(120)

        self.contactLayout.addWidget(self.websiteEdit)


        self.kopLayout.addLayout(self.contactLayout, 2, 1, 1, 1)


        self.dialogLayout.addWidget(self.kopGroup)

        self.letterGroup = QGroupBox(LetterheadDialog)
        self.letterGroup.setObjectName(u"letterGroup")
        self.letterLayout = QFormLayout(self.letterGroup)
        self.letterLayout.setObjectName(u"letterLayout")
        self.numberLabel = QLabel(self.letterGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.letterLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.letterGroup)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(120)

        self.letterLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.natureLabel = QLabel(self.letterGroup)
        self.natureLabel.setObjectName(u"natureLabel")

        self.letterLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureCombo = QComboBox(self.letterGroup)
        self.natureCombo.setObjectName(u"natureCombo")
        self.natureCombo.setEditable(True)

        self.letterLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.natureCombo)

        self.attachmentLabel = QLabel(self.letterGroup)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.letterLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentEdit = QLineEdit(self.letterGroup)
        self.attachmentEdit.setObjectName(u"attachmentEdit")
        self.attachmentEdit.setMaxLength(80)

        self.letterLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attachmentEdit)

        self.subjectLabel = QLabel(self.letterGroup)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.letterLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(self.letterGroup)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(200)

        self.letterLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.dateLabel = QLabel(self.letterGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.letterLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(self.letterGroup)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.undatedBox = QCheckBox(self.letterGroup)
        self.undatedBox.setObjectName(u"undatedBox")

        self.dateLayout.addWidget(self.undatedBox)


        self.letterLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.copiesLabel = QLabel(self.letterGroup)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.letterLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesEdit = QPlainTextEdit(self.letterGroup)
        self.copiesEdit.setObjectName(u"copiesEdit")
        self.copiesEdit.setMaximumSize(QSize(16777215, 70))
        self.copiesEdit.setTabChangesFocus(True)

        self.letterLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.copiesEdit)


        self.dialogLayout.addWidget(self.letterGroup)

        self.errorLabel = QLabel(LetterheadDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; border-radius: 4px; padding: 6px 10px; }")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LetterheadDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.contactLabel.setBuddy(self.phoneEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.natureLabel.setBuddy(self.natureCombo)
        self.attachmentLabel.setBuddy(self.attachmentEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.copiesLabel.setBuddy(self.copiesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agencyEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.natureCombo)
        QWidget.setTabOrder(self.natureCombo, self.attachmentEdit)
        QWidget.setTabOrder(self.attachmentEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.undatedBox)
        QWidget.setTabOrder(self.undatedBox, self.copiesEdit)

        self.retranslateUi(LetterheadDialog)

        QMetaObject.connectSlotsByName(LetterheadDialog)
    # setupUi

    def retranslateUi(self, LetterheadDialog):
        LetterheadDialog.setWindowTitle(QCoreApplication.translate("LetterheadDialog", u"Kop surat dan surat undangan", None))
        self.kopGroup.setTitle(QCoreApplication.translate("LetterheadDialog", u"Kop surat (undangan dan daftar hadir)", None))
        self.agencyLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Nama instansi", None))
        self.agencyEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"satu baris per baris cetak, mis. BADAN PENGAWAS PEMILIHAN UMUM / KABUPATEN KUPANG (kosong: dari nama penyelenggara)", None))
        self.logoPreview.setText(QCoreApplication.translate("LetterheadDialog", u"(tanpa logo)", None))
        self.logoButton.setText(QCoreApplication.translate("LetterheadDialog", u"Pilih &logo\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("LetterheadDialog", u"Hapus logo", None))
        self.addressLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Alamat", None))
        self.contactLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Telepon / e-mail / laman", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"telepon", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"e-mail", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"laman", None))
        self.letterGroup.setTitle(QCoreApplication.translate("LetterheadDialog", u"Surat undangan", None))
        self.numberLabel.setText(QCoreApplication.translate("LetterheadDialog", u"N&omor", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"kosong: titik-titik untuk diisi tangan", None))
        self.natureLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Sifat", None))
        self.attachmentLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Lampiran", None))
        self.subjectLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Hal", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"mis. Undangan Sosialisasi dan Deklarasi Netralitas", None))
        self.dateLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Tanggal surat", None))
        self.undatedBox.setText(QCoreApplication.translate("LetterheadDialog", u"belum &bertanggal (diisi tangan)", None))
        self.copiesLabel.setText(QCoreApplication.translate("LetterheadDialog", u"T&embusan", None))
        self.copiesEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"satu penerima per baris", None))
    # retranslateUi

