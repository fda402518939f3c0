# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'declaration_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QLabel, QTabWidget, QVBoxLayout, QWidget)

class Ui_DeclarationPage(object):
    def setupUi(self, DeclarationPage):
        if not DeclarationPage.objectName():
            DeclarationPage.setObjectName(u"DeclarationPage")
        self.pageLayout = QVBoxLayout(DeclarationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.eventLabel = QLabel(DeclarationPage)
        self.eventLabel.setObjectName(u"eventLabel")
        self.eventLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.eventLabel)

        self.tabs = QTabWidget(DeclarationPage)
        self.tabs.setObjectName(u"tabs")
        self.signingTab = QWidget()
        self.signingTab.setObjectName(u"signingTab")
        self.signingHolder = QVBoxLayout(self.signingTab)
        self.signingHolder.setObjectName(u"signingHolder")
        self.signingHolder.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.signingTab, "")
        self.textsTab = QWidget()
        self.textsTab.setObjectName(u"textsTab")
        self.textsHolder = QVBoxLayout(self.textsTab)
        self.textsHolder.setObjectName(u"textsHolder")
        self.textsHolder.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.textsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsHolder = QVBoxLayout(self.documentsTab)
        self.documentsHolder.setObjectName(u"documentsHolder")
        self.documentsHolder.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.documentsTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceHolder = QVBoxLayout(self.evidenceTab)
        self.evidenceHolder.setObjectName(u"evidenceHolder")
        self.evidenceHolder.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.evidenceTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(DeclarationPage)

        QMetaObject.connectSlotsByName(DeclarationPage)
    # setupUi

    def retranslateUi(self, DeclarationPage):
        DeclarationPage.setWindowTitle(QCoreApplication.translate("DeclarationPage", u"Deklarasi", None))
        self.eventLabel.setText(QCoreApplication.translate("DeclarationPage", u"Belum ada acara dipilih.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signingTab), QCoreApplication.translate("DeclarationPage", u"Penandatanganan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textsTab), QCoreApplication.translate("DeclarationPage", u"Naskah", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("DeclarationPage", u"Dokumen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("DeclarationPage", u"Bukti", None))
    # retranslateUi

