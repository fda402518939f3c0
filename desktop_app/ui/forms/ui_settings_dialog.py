# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(SettingsDialog)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setStyleSheet(u"color: #5d6f84;")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageHint)

        self.stationLabel = QLabel(SettingsDialog)
        self.stationLabel.setObjectName(u"stationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.stationEdit = QLineEdit(SettingsDialog)
        self.stationEdit.setObjectName(u"stationEdit")
        self.stationEdit.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stationEdit)

        self.operatorLabel = QLabel(SettingsDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorEdit = QLineEdit(SettingsDialog)
        self.operatorEdit.setObjectName(u"operatorEdit")
        self.operatorEdit.setMaxLength(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.operatorEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #8a1c12;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.stationLabel.setBuddy(self.stationEdit)
        self.operatorLabel.setBuddy(self.operatorEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.stationEdit)
        QWidget.setTabOrder(self.stationEdit, self.operatorEdit)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Pengaturan", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Bahasa", None))
        self.languageHint.setText(QCoreApplication.translate("SettingsDialog", u"Bahasa baru dipakai setelah Ikrar dibuka ulang.", None))
        self.stationLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nama &stasiun", None))
        self.stationEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"mis. Meja 1", None))
        self.operatorLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nama &operator", None))
        self.operatorEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"orang yang bertugas di meja ini", None))
    # retranslateUi

