# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(18, 14, 18, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(ReportsPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold; color: #1f3148;")

        self.headerLayout.addWidget(self.headingLabel)

        self.updatedLabel = QLabel(ReportsPage)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setStyleSheet(u"color: #5d6f84; padding-left: 10px;")

        self.headerLayout.addWidget(self.updatedLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.exportButton = QPushButton(ReportsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setSpacing(12)
        self.cardsLayout.setObjectName(u"cardsLayout")

        self.pageLayout.addLayout(self.cardsLayout)

        self.categoryLabel = QLabel(ReportsPage)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setStyleSheet(u"font-weight: bold; color: #1f3148; padding-top: 6px;")

        self.pageLayout.addWidget(self.categoryLabel)

        self.categoryTable = QTableWidget(ReportsPage)
        self.categoryTable.setObjectName(u"categoryTable")
        self.categoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoryTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.categoryTable)

        self.institutionLabel = QLabel(ReportsPage)
        self.institutionLabel.setObjectName(u"institutionLabel")
        self.institutionLabel.setStyleSheet(u"font-weight: bold; color: #1f3148; padding-top: 6px;")

        self.pageLayout.addWidget(self.institutionLabel)

        self.institutionTable = QTableWidget(ReportsPage)
        self.institutionTable.setObjectName(u"institutionTable")
        self.institutionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.institutionTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.institutionTable)


        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.headingLabel.setText(QCoreApplication.translate("ReportsPage", u"Laporan", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Ekspor rekap ke Excel\u2026", None))
        self.categoryLabel.setText(QCoreApplication.translate("ReportsPage", u"Per kategori", None))
        self.institutionLabel.setText(QCoreApplication.translate("ReportsPage", u"Per instansi", None))
        pass
    # retranslateUi

