# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificates_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QLabel, QTabWidget, QVBoxLayout, QWidget)

class Ui_CertificatesPage(object):
    def setupUi(self, CertificatesPage):
        if not CertificatesPage.objectName():
            CertificatesPage.setObjectName(u"CertificatesPage")
        self.pageLayout = QVBoxLayout(CertificatesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(CertificatesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(CertificatesPage)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listHolder = QVBoxLayout(self.listTab)
        self.listHolder.setObjectName(u"listHolder")
        self.listHolder.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.listTab, "")
        self.templateTab = QWidget()
        self.templateTab.setObjectName(u"templateTab")
        self.templateHolder = QVBoxLayout(self.templateTab)
        self.templateHolder.setObjectName(u"templateHolder")
        self.templateHolder.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.templateTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(CertificatesPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CertificatesPage)
    # setupUi

    def retranslateUi(self, CertificatesPage):
        CertificatesPage.setWindowTitle(QCoreApplication.translate("CertificatesPage", u"Sertifikat", None))
        self.titleLabel.setText(QCoreApplication.translate("CertificatesPage", u"Sertifikat", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("CertificatesPage", u"Daftar", None))
        self.tabs.setTabText(self.tabs.indexOf(self.templateTab), QCoreApplication.translate("CertificatesPage", u"Templat", None))
    # retranslateUi

