# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'declaration_texts_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_DeclarationTextsTab(object):
    def setupUi(self, DeclarationTextsTab):
        if not DeclarationTextsTab.objectName():
            DeclarationTextsTab.setObjectName(u"DeclarationTextsTab")
        self.textsLayout = QVBoxLayout(DeclarationTextsTab)
        self.textsLayout.setObjectName(u"textsLayout")
        self.textKeyRow = QHBoxLayout()
        self.textKeyRow.setObjectName(u"textKeyRow")
        self.textKeyLabel = QLabel(DeclarationTextsTab)
        self.textKeyLabel.setObjectName(u"textKeyLabel")

        self.textKeyRow.addWidget(self.textKeyLabel)

        self.textKeyCombo = QComboBox(DeclarationTextsTab)
        self.textKeyCombo.setObjectName(u"textKeyCombo")

        self.textKeyRow.addWidget(self.textKeyCombo)

        self.versionLabel = QLabel(DeclarationTextsTab)
        self.versionLabel.setObjectName(u"versionLabel")

        self.textKeyRow.addWidget(self.versionLabel)

        self.textKeySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textKeyRow.addItem(self.textKeySpacer)


        self.textsLayout.addLayout(self.textKeyRow)

        self.titleEdit = QLineEdit(DeclarationTextsTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.textsLayout.addWidget(self.titleEdit)

        self.bodyEdit = QPlainTextEdit(DeclarationTextsTab)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.textsLayout.addWidget(self.bodyEdit)

        self.placeholderHelp = QLabel(DeclarationTextsTab)
        self.placeholderHelp.setObjectName(u"placeholderHelp")
        self.placeholderHelp.setWordWrap(True)

        self.textsLayout.addWidget(self.placeholderHelp)

        self.textStatusLabel = QLabel(DeclarationTextsTab)
        self.textStatusLabel.setObjectName(u"textStatusLabel")
        self.textStatusLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.textStatusLabel)

        self.textButtons = QHBoxLayout()
        self.textButtons.setObjectName(u"textButtons")
        self.textSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textButtons.addItem(self.textSpacer)

        self.revertTextButton = QPushButton(DeclarationTextsTab)
        self.revertTextButton.setObjectName(u"revertTextButton")

        self.textButtons.addWidget(self.revertTextButton)

        self.saveTextButton = QPushButton(DeclarationTextsTab)
        self.saveTextButton.setObjectName(u"saveTextButton")

        self.textButtons.addWidget(self.saveTextButton)


        self.textsLayout.addLayout(self.textButtons)


        self.retranslateUi(DeclarationTextsTab)

        QMetaObject.connectSlotsByName(DeclarationTextsTab)
    # setupUi

    def retranslateUi(self, DeclarationTextsTab):
        DeclarationTextsTab.setWindowTitle(QCoreApplication.translate("DeclarationTextsTab", u"Naskah", None))
        self.textKeyLabel.setText(QCoreApplication.translate("DeclarationTextsTab", u"Naskah:", None))
        self.versionLabel.setText("")
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DeclarationTextsTab", u"Judul naskah", None))
        self.placeholderHelp.setText("")
        self.textStatusLabel.setText("")
        self.revertTextButton.setText(QCoreApplication.translate("DeclarationTextsTab", u"Batalkan perubahan", None))
        self.saveTextButton.setText(QCoreApplication.translate("DeclarationTextsTab", u"Simpan naskah", None))
    # retranslateUi

