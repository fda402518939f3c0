# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.setMinimumSize(QSize(860, 560))
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold; color: #1f3148;")
        self.fileLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.fileLabel)

        self.errorLabel = QLabel(ImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; border-radius: 4px; padding: 6px 10px; }")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.stack = QStackedWidget(ImportDialog)
        self.stack.setObjectName(u"stack")
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(0, -1, 0, -1)
        self.sheetLayout = QHBoxLayout()
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetLabel = QLabel(self.mappingPage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(self.mappingPage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumSize(QSize(200, 0))

        self.sheetLayout.addWidget(self.sheetCombo)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetLayout.addItem(self.sheetSpacer)


        self.mappingLayout.addLayout(self.sheetLayout)

        self.hintLabel = QLabel(self.mappingPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.hintLabel)

        self.mappingTable = QTableWidget(self.mappingPage)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setColumnCount(3)
        self.mappingTable.setAlternatingRowColors(False)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mappingLayout.addWidget(self.mappingTable)

        self.stack.addWidget(self.mappingPage)
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, -1, 0, -1)
        self.summaryLabel = QLabel(self.reportPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.reportLayout.addWidget(self.summaryLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(self.reportPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(self.reportPage)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterLayout.addWidget(self.filterCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.exportButton = QPushButton(self.reportPage)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.reportLayout.addLayout(self.filterLayout)

        self.reportTable = QTableView(self.reportPage)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setWordWrap(True)
        self.reportTable.setAlternatingRowColors(True)
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.reportLayout.addWidget(self.reportTable)

        self.stack.addWidget(self.reportPage)

        self.dialogLayout.addWidget(self.stack)

        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumSize(QSize(16777215, 6))

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonsLayout.addWidget(self.backButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.dryRunButton = QPushButton(ImportDialog)
        self.dryRunButton.setObjectName(u"dryRunButton")

        self.buttonsLayout.addWidget(self.dryRunButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.filterLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Impor daftar undangan", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"&Lembar:", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Kolom di file", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Contoh isi", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"Diisi ke", None))
        self.filterLabel.setText(QCoreApplication.translate("ImportDialog", u"&Tampilkan:", None))
        self.exportButton.setText(QCoreApplication.translate("ImportDialog", u"&Simpan laporan ke Excel\u2026", None))
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"&Kembali ke kolom", None))
        self.dryRunButton.setText(QCoreApplication.translate("ImportDialog", u"&Uji coba", None))
#if QT_CONFIG(tooltip)
        self.dryRunButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Periksa semua baris tanpa menyimpan apa pun", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Impor", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"&Tutup", None))
    # retranslateUi

