# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendees_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AttendeesPage(object):
    def setupUi(self, AttendeesPage):
        if not AttendeesPage.objectName():
            AttendeesPage.setObjectName(u"AttendeesPage")
        self.pageLayout = QVBoxLayout(AttendeesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(18, 14, 18, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(AttendeesPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold; color: #1f3148;")

        self.headerLayout.addWidget(self.headingLabel)

        self.countLabel = QLabel(AttendeesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #5d6f84; padding-left: 10px;")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.importButton = QPushButton(AttendeesPage)
        self.importButton.setObjectName(u"importButton")

        self.headerLayout.addWidget(self.importButton)

        self.walkInButton = QPushButton(AttendeesPage)
        self.walkInButton.setObjectName(u"walkInButton")

        self.headerLayout.addWidget(self.walkInButton)

        self.invitationsButton = QPushButton(AttendeesPage)
        self.invitationsButton.setObjectName(u"invitationsButton")

        self.headerLayout.addWidget(self.invitationsButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(AttendeesPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.categoryFilter = QComboBox(AttendeesPage)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filterLayout.addWidget(self.categoryFilter)

        self.presenceFilter = QComboBox(AttendeesPage)
        self.presenceFilter.setObjectName(u"presenceFilter")

        self.filterLayout.addWidget(self.presenceFilter)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(AttendeesPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)

        self.pageLayout.addWidget(self.table)

        QWidget.setTabOrder(self.filterEdit, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.presenceFilter)
        QWidget.setTabOrder(self.presenceFilter, self.table)
        QWidget.setTabOrder(self.table, self.importButton)
        QWidget.setTabOrder(self.importButton, self.walkInButton)
        QWidget.setTabOrder(self.walkInButton, self.invitationsButton)

        self.retranslateUi(AttendeesPage)

        QMetaObject.connectSlotsByName(AttendeesPage)
    # setupUi

    def retranslateUi(self, AttendeesPage):
        self.headingLabel.setText(QCoreApplication.translate("AttendeesPage", u"Peserta", None))
        self.importButton.setText(QCoreApplication.translate("AttendeesPage", u"&Impor daftar undangan\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("AttendeesPage", u"Impor dari Excel (.xlsx, .xls) atau CSV", None))
#endif // QT_CONFIG(tooltip)
        self.walkInButton.setText(QCoreApplication.translate("AttendeesPage", u"Datang &langsung\u2026", None))
        self.invitationsButton.setText(QCoreApplication.translate("AttendeesPage", u"&Cetak undangan/kartu\u2026", None))
#if QT_CONFIG(tooltip)
        self.invitationsButton.setToolTip(QCoreApplication.translate("AttendeesPage", u"PDF undangan atau kartu peserta dengan kode QR (tanpa NIK/NIP)", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("AttendeesPage", u"Saring: nama, NIP/NRP, instansi, atau kode\u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("AttendeesPage", u"Saring peserta", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryFilter.setAccessibleName(QCoreApplication.translate("AttendeesPage", u"Kategori", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.presenceFilter.setAccessibleName(QCoreApplication.translate("AttendeesPage", u"Kehadiran", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

