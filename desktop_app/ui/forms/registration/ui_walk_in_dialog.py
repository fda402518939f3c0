# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'walk_in_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

class Ui_WalkInDialog(object):
    def setupUi(self, WalkInDialog):
        if not WalkInDialog.objectName():
            WalkInDialog.setObjectName(u"WalkInDialog")
        WalkInDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(WalkInDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(WalkInDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #3b4c60;")

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(WalkInDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(WalkInDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryLabel = QLabel(WalkInDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(WalkInDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.nipLabel = QLabel(WalkInDialog)
        self.nipLabel.setObjectName(u"nipLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEdit = QLineEdit(WalkInDialog)
        self.nipEdit.setObjectName(u"nipEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nipEdit)

        self.nrpLabel = QLabel(WalkInDialog)
        self.nrpLabel.setObjectName(u"nrpLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nrpLabel)

        self.nrpEdit = QLineEdit(WalkInDialog)
        self.nrpEdit.setObjectName(u"nrpEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nrpEdit)

        self.nikLabel = QLabel(WalkInDialog)
        self.nikLabel.setObjectName(u"nikLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikEdit = QLineEdit(WalkInDialog)
        self.nikEdit.setObjectName(u"nikEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nikEdit)

        self.positionLabel = QLabel(WalkInDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(WalkInDialog)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(200)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.institutionLabel = QLabel(WalkInDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionEdit = QLineEdit(WalkInDialog)
        self.institutionEdit.setObjectName(u"institutionEdit")
        self.institutionEdit.setMaxLength(200)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.institutionEdit)

        self.phoneLabel = QLabel(WalkInDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(WalkInDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.checkInBox = QCheckBox(WalkInDialog)
        self.checkInBox.setObjectName(u"checkInBox")
        self.checkInBox.setChecked(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.checkInBox)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(WalkInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; border-radius: 4px; padding: 6px 10px; }")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.existingButton = QPushButton(WalkInDialog)
        self.existingButton.setObjectName(u"existingButton")
        self.existingButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.existingButton)

        self.buttonBox = QDialogButtonBox(WalkInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.nipLabel.setBuddy(self.nipEdit)
        self.nrpLabel.setBuddy(self.nrpEdit)
        self.nikLabel.setBuddy(self.nikEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.institutionLabel.setBuddy(self.institutionEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.nipEdit)
        QWidget.setTabOrder(self.nipEdit, self.nrpEdit)
        QWidget.setTabOrder(self.nrpEdit, self.nikEdit)
        QWidget.setTabOrder(self.nikEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.institutionEdit)
        QWidget.setTabOrder(self.institutionEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.checkInBox)

        self.retranslateUi(WalkInDialog)

        QMetaObject.connectSlotsByName(WalkInDialog)
    # setupUi

    def retranslateUi(self, WalkInDialog):
        WalkInDialog.setWindowTitle(QCoreApplication.translate("WalkInDialog", u"Peserta datang langsung", None))
        self.introLabel.setText(QCoreApplication.translate("WalkInDialog", u"Daftarkan peserta yang tidak ada di daftar undangan. Data diperiksa sama seperti saat impor.", None))
        self.nameLabel.setText(QCoreApplication.translate("WalkInDialog", u"&Nama lengkap*", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("WalkInDialog", u"dengan gelar, mis. Drs. Yohanes B. Nggadas, M.Si.", None))
        self.categoryLabel.setText(QCoreApplication.translate("WalkInDialog", u"&Kategori", None))
        self.nipLabel.setText(QCoreApplication.translate("WalkInDialog", u"N&IP / NI PPPK", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("WalkInDialog", u"18 angka, spasi boleh", None))
        self.nrpLabel.setText(QCoreApplication.translate("WalkInDialog", u"N&RP", None))
        self.nrpEdit.setPlaceholderText(QCoreApplication.translate("WalkInDialog", u"TNI/Polri", None))
        self.nikLabel.setText(QCoreApplication.translate("WalkInDialog", u"NI&K", None))
        self.nikEdit.setPlaceholderText(QCoreApplication.translate("WalkInDialog", u"hanya bila perlu (kepala/perangkat desa)", None))
        self.positionLabel.setText(QCoreApplication.translate("WalkInDialog", u"&Jabatan/pangkat", None))
        self.institutionLabel.setText(QCoreApplication.translate("WalkInDialog", u"&Instansi/unit kerja", None))
        self.phoneLabel.setText(QCoreApplication.translate("WalkInDialog", u"No. &HP", None))
        self.checkInBox.setText(QCoreApplication.translate("WalkInDialog", u"Langsung catat &hadir", None))
        self.existingButton.setText(QCoreApplication.translate("WalkInDialog", u"Catat hadir peserta &terdaftar", None))
    # retranslateUi

