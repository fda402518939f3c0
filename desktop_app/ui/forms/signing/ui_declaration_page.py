# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'declaration_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

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
        self.signingLayout = QVBoxLayout(self.signingTab)
        self.signingLayout.setObjectName(u"signingLayout")
        self.kioskRow = QHBoxLayout()
        self.kioskRow.setObjectName(u"kioskRow")
        self.kioskButton = QPushButton(self.signingTab)
        self.kioskButton.setObjectName(u"kioskButton")
        self.kioskButton.setCheckable(True)

        self.kioskRow.addWidget(self.kioskButton)

        self.kioskLabel = QLabel(self.signingTab)
        self.kioskLabel.setObjectName(u"kioskLabel")
        self.kioskLabel.setWordWrap(True)

        self.kioskRow.addWidget(self.kioskLabel)


        self.signingLayout.addLayout(self.kioskRow)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(self.signingTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.queueCountLabel = QLabel(self.signingTab)
        self.queueCountLabel.setObjectName(u"queueCountLabel")

        self.searchRow.addWidget(self.queueCountLabel)


        self.signingLayout.addLayout(self.searchRow)

        self.queueTable = QTableView(self.signingTab)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueTable.setAlternatingRowColors(True)

        self.signingLayout.addWidget(self.queueTable)

        self.queueButtons = QHBoxLayout()
        self.queueButtons.setObjectName(u"queueButtons")
        self.queueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueButtons.addItem(self.queueSpacer)

        self.signButton = QPushButton(self.signingTab)
        self.signButton.setObjectName(u"signButton")

        self.queueButtons.addWidget(self.signButton)


        self.signingLayout.addLayout(self.queueButtons)

        self.officialsTitle = QLabel(self.signingTab)
        self.officialsTitle.setObjectName(u"officialsTitle")

        self.signingLayout.addWidget(self.officialsTitle)

        self.officialsList = QListWidget(self.signingTab)
        self.officialsList.setObjectName(u"officialsList")
        self.officialsList.setMaximumHeight(110)

        self.signingLayout.addWidget(self.officialsList)

        self.officialButtons = QHBoxLayout()
        self.officialButtons.setObjectName(u"officialButtons")
        self.officialSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officialButtons.addItem(self.officialSpacer)

        self.signOfficialButton = QPushButton(self.signingTab)
        self.signOfficialButton.setObjectName(u"signOfficialButton")

        self.officialButtons.addWidget(self.signOfficialButton)


        self.signingLayout.addLayout(self.officialButtons)

        self.tabs.addTab(self.signingTab, "")
        self.textsTab = QWidget()
        self.textsTab.setObjectName(u"textsTab")
        self.textsLayout = QVBoxLayout(self.textsTab)
        self.textsLayout.setObjectName(u"textsLayout")
        self.textKeyRow = QHBoxLayout()
        self.textKeyRow.setObjectName(u"textKeyRow")
        self.textKeyLabel = QLabel(self.textsTab)
        self.textKeyLabel.setObjectName(u"textKeyLabel")

        self.textKeyRow.addWidget(self.textKeyLabel)

        self.textKeyCombo = QComboBox(self.textsTab)
        self.textKeyCombo.setObjectName(u"textKeyCombo")

        self.textKeyRow.addWidget(self.textKeyCombo)

        self.versionLabel = QLabel(self.textsTab)
        self.versionLabel.setObjectName(u"versionLabel")

        self.textKeyRow.addWidget(self.versionLabel)

        self.textKeySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textKeyRow.addItem(self.textKeySpacer)


        self.textsLayout.addLayout(self.textKeyRow)

        self.titleEdit = QLineEdit(self.textsTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.textsLayout.addWidget(self.titleEdit)

        self.bodyEdit = QPlainTextEdit(self.textsTab)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.textsLayout.addWidget(self.bodyEdit)

        self.placeholderHelp = QLabel(self.textsTab)
        self.placeholderHelp.setObjectName(u"placeholderHelp")
        self.placeholderHelp.setWordWrap(True)

        self.textsLayout.addWidget(self.placeholderHelp)

        self.textStatusLabel = QLabel(self.textsTab)
        self.textStatusLabel.setObjectName(u"textStatusLabel")
        self.textStatusLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.textStatusLabel)

        self.textButtons = QHBoxLayout()
        self.textButtons.setObjectName(u"textButtons")
        self.textSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textButtons.addItem(self.textSpacer)

        self.revertTextButton = QPushButton(self.textsTab)
        self.revertTextButton.setObjectName(u"revertTextButton")

        self.textButtons.addWidget(self.revertTextButton)

        self.saveTextButton = QPushButton(self.textsTab)
        self.saveTextButton.setObjectName(u"saveTextButton")

        self.textButtons.addWidget(self.saveTextButton)


        self.textsLayout.addLayout(self.textButtons)

        self.tabs.addTab(self.textsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsHelp = QLabel(self.documentsTab)
        self.documentsHelp.setObjectName(u"documentsHelp")
        self.documentsHelp.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsHelp)

        self.attendanceButton = QPushButton(self.documentsTab)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.documentsLayout.addWidget(self.attendanceButton)

        self.statementsButton = QPushButton(self.documentsTab)
        self.statementsButton.setObjectName(u"statementsButton")

        self.documentsLayout.addWidget(self.statementsButton)

        self.declarationButton = QPushButton(self.documentsTab)
        self.declarationButton.setObjectName(u"declarationButton")

        self.documentsLayout.addWidget(self.declarationButton)

        self.spreadsheetButton = QPushButton(self.documentsTab)
        self.spreadsheetButton.setObjectName(u"spreadsheetButton")

        self.documentsLayout.addWidget(self.spreadsheetButton)

        self.exportProgress = QProgressBar(self.documentsTab)
        self.exportProgress.setObjectName(u"exportProgress")
        self.exportProgress.setValue(0)

        self.documentsLayout.addWidget(self.exportProgress)

        self.exportStatusLabel = QLabel(self.documentsTab)
        self.exportStatusLabel.setObjectName(u"exportStatusLabel")
        self.exportStatusLabel.setWordWrap(True)

        self.documentsLayout.addWidget(self.exportStatusLabel)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.cancelExportButton = QPushButton(self.documentsTab)
        self.cancelExportButton.setObjectName(u"cancelExportButton")

        self.exportButtons.addWidget(self.cancelExportButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportButtons.addItem(self.exportSpacer)

        self.openFolderButton = QPushButton(self.documentsTab)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.exportButtons.addWidget(self.openFolderButton)


        self.documentsLayout.addLayout(self.exportButtons)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentsLayout.addItem(self.documentsSpacer)

        self.tabs.addTab(self.documentsTab, "")
        self.evidenceTab = QWidget()
        self.evidenceTab.setObjectName(u"evidenceTab")
        self.evidenceLayout = QVBoxLayout(self.evidenceTab)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceHelp = QLabel(self.evidenceTab)
        self.evidenceHelp.setObjectName(u"evidenceHelp")
        self.evidenceHelp.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceHelp)

        self.verifyRow = QHBoxLayout()
        self.verifyRow.setObjectName(u"verifyRow")
        self.verifyButton = QPushButton(self.evidenceTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyRow.addWidget(self.verifyButton)

        self.verifySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verifyRow.addItem(self.verifySpacer)


        self.evidenceLayout.addLayout(self.verifyRow)

        self.verifyResultLabel = QLabel(self.evidenceTab)
        self.verifyResultLabel.setObjectName(u"verifyResultLabel")
        self.verifyResultLabel.setWordWrap(True)
        self.verifyResultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.evidenceLayout.addWidget(self.verifyResultLabel)

        self.pinHelp = QLabel(self.evidenceTab)
        self.pinHelp.setObjectName(u"pinHelp")
        self.pinHelp.setWordWrap(True)

        self.evidenceLayout.addWidget(self.pinHelp)

        self.pinRow = QHBoxLayout()
        self.pinRow.setObjectName(u"pinRow")
        self.pinButton = QPushButton(self.evidenceTab)
        self.pinButton.setObjectName(u"pinButton")

        self.pinRow.addWidget(self.pinButton)

        self.pinStatusLabel = QLabel(self.evidenceTab)
        self.pinStatusLabel.setObjectName(u"pinStatusLabel")

        self.pinRow.addWidget(self.pinStatusLabel)

        self.pinSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinRow.addItem(self.pinSpacer)


        self.evidenceLayout.addLayout(self.pinRow)

        self.evidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.evidenceLayout.addItem(self.evidenceSpacer)

        self.tabs.addTab(self.evidenceTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(DeclarationPage)

        QMetaObject.connectSlotsByName(DeclarationPage)
    # setupUi

    def retranslateUi(self, DeclarationPage):
        DeclarationPage.setWindowTitle(QCoreApplication.translate("DeclarationPage", u"Deklarasi", None))
        self.eventLabel.setText(QCoreApplication.translate("DeclarationPage", u"Belum ada acara dipilih.", None))
        self.kioskButton.setText(QCoreApplication.translate("DeclarationPage", u"Mulai mode kiosk", None))
        self.kioskLabel.setText(QCoreApplication.translate("DeclarationPage", u"Mode kiosk mati: penandatanganan tampil di jendela ini.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"Cari nama, NIP/NRP, atau instansi\u2026", None))
        self.queueCountLabel.setText("")
        self.signButton.setText(QCoreApplication.translate("DeclarationPage", u"Tanda tangani peserta terpilih", None))
        self.officialsTitle.setText(QCoreApplication.translate("DeclarationPage", u"<b>Naskah deklarasi kolektif</b> \u2014 ditandatangani para pejabat secara bergantian:", None))
        self.signOfficialButton.setText(QCoreApplication.translate("DeclarationPage", u"Tanda tangani naskah kolektif", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signingTab), QCoreApplication.translate("DeclarationPage", u"Penandatanganan", None))
        self.textKeyLabel.setText(QCoreApplication.translate("DeclarationPage", u"Naskah:", None))
        self.versionLabel.setText("")
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"Judul naskah", None))
        self.placeholderHelp.setText("")
        self.textStatusLabel.setText("")
        self.revertTextButton.setText(QCoreApplication.translate("DeclarationPage", u"Batalkan perubahan", None))
        self.saveTextButton.setText(QCoreApplication.translate("DeclarationPage", u"Simpan naskah", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textsTab), QCoreApplication.translate("DeclarationPage", u"Naskah", None))
        self.documentsHelp.setText(QCoreApplication.translate("DeclarationPage", u"Dokumen dibuat di latar belakang dan disimpan di folder documents. Gambar tanda tangan dicetak; data goresan tidak pernah diekspor.", None))
        self.attendanceButton.setText(QCoreApplication.translate("DeclarationPage", u"Daftar hadir (PDF)", None))
        self.statementsButton.setText(QCoreApplication.translate("DeclarationPage", u"Surat pernyataan (PDF)", None))
        self.declarationButton.setText(QCoreApplication.translate("DeclarationPage", u"Naskah deklarasi (PDF)", None))
        self.spreadsheetButton.setText(QCoreApplication.translate("DeclarationPage", u"Rekap hadir dan tanda tangan (Excel)", None))
        self.exportStatusLabel.setText("")
        self.cancelExportButton.setText(QCoreApplication.translate("DeclarationPage", u"Hentikan", None))
        self.openFolderButton.setText(QCoreApplication.translate("DeclarationPage", u"Buka folder", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("DeclarationPage", u"Dokumen", None))
        self.evidenceHelp.setText(QCoreApplication.translate("DeclarationPage", u"Setiap tanda tangan disimpan sebagai catatan bukti berantai per stasiun. Pemeriksaan menghitung ulang semua hash dan menyebut catatan pertama yang rusak.", None))
        self.verifyButton.setText(QCoreApplication.translate("DeclarationPage", u"Periksa rantai bukti", None))
        self.pinHelp.setText(QCoreApplication.translate("DeclarationPage", u"PIN penyelenggara melindungi data goresan tanda tangan (data pribadi menurut UU PDP) dan mengakhiri mode kiosk bila hanya ada satu layar.", None))
        self.pinButton.setText(QCoreApplication.translate("DeclarationPage", u"Atur PIN penyelenggara\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evidenceTab), QCoreApplication.translate("DeclarationPage", u"Bukti", None))
    # retranslateUi

