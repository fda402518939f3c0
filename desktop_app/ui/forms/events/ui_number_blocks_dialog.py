# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'number_blocks_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_NumberBlocksDialog(object):
    def setupUi(self, NumberBlocksDialog):
        if not NumberBlocksDialog.objectName():
            NumberBlocksDialog.setObjectName(u"NumberBlocksDialog")
        NumberBlocksDialog.setMinimumSize(QSize(560, 380))
        self.dialogLayout = QVBoxLayout(NumberBlocksDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NumberBlocksDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #3b4c60;")

        self.dialogLayout.addWidget(self.introLabel)

        self.blocksTable = QTableWidget(NumberBlocksDialog)
        if (self.blocksTable.columnCount() < 3):
            self.blocksTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.blocksTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.blocksTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.blocksTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.blocksTable.setObjectName(u"blocksTable")
        self.blocksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.blocksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.blocksTable.horizontalHeader().setStretchLastSection(True)
        self.blocksTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.blocksTable)

        self.allocateLayout = QHBoxLayout()
        self.allocateLayout.setObjectName(u"allocateLayout")
        self.stationLabel = QLabel(NumberBlocksDialog)
        self.stationLabel.setObjectName(u"stationLabel")

        self.allocateLayout.addWidget(self.stationLabel)

        self.stationEdit = QLineEdit(NumberBlocksDialog)
        self.stationEdit.setObjectName(u"stationEdit")
        self.stationEdit.setMaxLength(100)

        self.allocateLayout.addWidget(self.stationEdit)

        self.sizeLabel = QLabel(NumberBlocksDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.allocateLayout.addWidget(self.sizeLabel)

        self.sizeSpin = QSpinBox(NumberBlocksDialog)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(1)
        self.sizeSpin.setMaximum(100000)
        self.sizeSpin.setValue(100)

        self.allocateLayout.addWidget(self.sizeSpin)

        self.allocateButton = QPushButton(NumberBlocksDialog)
        self.allocateButton.setObjectName(u"allocateButton")
        self.allocateButton.setAutoDefault(False)

        self.allocateLayout.addWidget(self.allocateButton)


        self.dialogLayout.addLayout(self.allocateLayout)

        self.messageLabel = QLabel(NumberBlocksDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(NumberBlocksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stationLabel.setBuddy(self.stationEdit)
        self.sizeLabel.setBuddy(self.sizeSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stationEdit, self.sizeSpin)
        QWidget.setTabOrder(self.sizeSpin, self.allocateButton)
        QWidget.setTabOrder(self.allocateButton, self.blocksTable)

        self.retranslateUi(NumberBlocksDialog)

        QMetaObject.connectSlotsByName(NumberBlocksDialog)
    # setupUi

    def retranslateUi(self, NumberBlocksDialog):
        NumberBlocksDialog.setWindowTitle(QCoreApplication.translate("NumberBlocksDialog", u"Blok nomor sertifikat", None))
        ___qtablewidgetitem = self.blocksTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("NumberBlocksDialog", u"Stasiun", None))
        ___qtablewidgetitem1 = self.blocksTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NumberBlocksDialog", u"Nomor urut", None))
        ___qtablewidgetitem2 = self.blocksTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NumberBlocksDialog", u"Terpakai di stasiun ini", None))
#if QT_CONFIG(accessibility)
        self.blocksTable.setAccessibleName(QCoreApplication.translate("NumberBlocksDialog", u"Blok nomor yang sudah dibagikan", None))
#endif // QT_CONFIG(accessibility)
        self.stationLabel.setText(QCoreApplication.translate("NumberBlocksDialog", u"&Nama stasiun", None))
        self.stationEdit.setPlaceholderText(QCoreApplication.translate("NumberBlocksDialog", u"seperti tertulis di Pengaturan stasiun itu, mis. Meja 2", None))
        self.sizeLabel.setText(QCoreApplication.translate("NumberBlocksDialog", u"&Jumlah", None))
        self.allocateButton.setText(QCoreApplication.translate("NumberBlocksDialog", u"&Bagikan blok", None))
    # retranslateUi

