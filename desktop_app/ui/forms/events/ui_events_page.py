# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EventsPage(object):
    def setupUi(self, EventsPage):
        if not EventsPage.objectName():
            EventsPage.setObjectName(u"EventsPage")
        self.pageLayout = QVBoxLayout(EventsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(18, 14, 18, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(EventsPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold; color: #1f3148;")

        self.headerLayout.addWidget(self.headingLabel)

        self.codeLabel = QLabel(EventsPage)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setStyleSheet(u"color: #5d6f84;")
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.codeLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.pageLayout.addLayout(self.headerLayout)

        self.errorLabel = QLabel(EventsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; border-radius: 4px; padding: 6px 10px; }")
        self.errorLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.errorLabel)

        self.bodyLayout = QVBoxLayout()
        self.bodyLayout.setSpacing(14)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.detailsGroup = QGroupBox(EventsPage)
        self.detailsGroup.setObjectName(u"detailsGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailsGroup.sizePolicy().hasHeightForWidth())
        self.detailsGroup.setSizePolicy(sizePolicy)
        self.detailsForm = QGridLayout(self.detailsGroup)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setHorizontalSpacing(10)
        self.titleLabel = QLabel(self.detailsGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(self.detailsGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.detailsForm.addWidget(self.titleEdit, 0, 1, 1, 3)

        self.organizerLabel = QLabel(self.detailsGroup)
        self.organizerLabel.setObjectName(u"organizerLabel")

        self.detailsForm.addWidget(self.organizerLabel, 1, 0, 1, 1)

        self.organizerEdit = QLineEdit(self.detailsGroup)
        self.organizerEdit.setObjectName(u"organizerEdit")
        self.organizerEdit.setMaxLength(200)

        self.detailsForm.addWidget(self.organizerEdit, 1, 1, 1, 1)

        self.organizerCodeLabel = QLabel(self.detailsGroup)
        self.organizerCodeLabel.setObjectName(u"organizerCodeLabel")

        self.detailsForm.addWidget(self.organizerCodeLabel, 1, 2, 1, 1)

        self.organizerCodeEdit = QLineEdit(self.detailsGroup)
        self.organizerCodeEdit.setObjectName(u"organizerCodeEdit")
        self.organizerCodeEdit.setMaxLength(40)

        self.detailsForm.addWidget(self.organizerCodeEdit, 1, 3, 1, 1)

        self.levelLabel = QLabel(self.detailsGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.detailsForm.addWidget(self.levelLabel, 2, 0, 1, 1)

        self.levelCombo = QComboBox(self.detailsGroup)
        self.levelCombo.setObjectName(u"levelCombo")

        self.detailsForm.addWidget(self.levelCombo, 2, 1, 1, 1)

        self.timezoneLabel = QLabel(self.detailsGroup)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.detailsForm.addWidget(self.timezoneLabel, 2, 2, 1, 1)

        self.timezoneCombo = QComboBox(self.detailsGroup)
        self.timezoneCombo.setObjectName(u"timezoneCombo")

        self.detailsForm.addWidget(self.timezoneCombo, 2, 3, 1, 1)

        self.venueLabel = QLabel(self.detailsGroup)
        self.venueLabel.setObjectName(u"venueLabel")

        self.detailsForm.addWidget(self.venueLabel, 3, 0, 1, 1)

        self.venueEdit = QLineEdit(self.detailsGroup)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(200)

        self.detailsForm.addWidget(self.venueEdit, 3, 1, 1, 1)

        self.cityLabel = QLabel(self.detailsGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.detailsForm.addWidget(self.cityLabel, 3, 2, 1, 1)

        self.cityEdit = QLineEdit(self.detailsGroup)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.detailsForm.addWidget(self.cityEdit, 3, 3, 1, 1)

        self.startLabel = QLabel(self.detailsGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.detailsForm.addWidget(self.startLabel, 4, 0, 1, 1)

        self.startEdit = QDateTimeEdit(self.detailsGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"dd-MM-yyyy HH:mm")
        self.startEdit.setCalendarPopup(True)

        self.detailsForm.addWidget(self.startEdit, 4, 1, 1, 1)

        self.endLabel = QLabel(self.detailsGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.detailsForm.addWidget(self.endLabel, 4, 2, 1, 1)

        self.endEdit = QDateTimeEdit(self.detailsGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"dd-MM-yyyy HH:mm")
        self.endEdit.setCalendarPopup(True)

        self.detailsForm.addWidget(self.endEdit, 4, 3, 1, 1)

        self.certFormatLabel = QLabel(self.detailsGroup)
        self.certFormatLabel.setObjectName(u"certFormatLabel")

        self.detailsForm.addWidget(self.certFormatLabel, 5, 0, 1, 1)

        self.certFormatEdit = QLineEdit(self.detailsGroup)
        self.certFormatEdit.setObjectName(u"certFormatEdit")
        self.certFormatEdit.setMaxLength(120)

        self.detailsForm.addWidget(self.certFormatEdit, 5, 1, 1, 1)

        self.certExampleLabel = QLabel(self.detailsGroup)
        self.certExampleLabel.setObjectName(u"certExampleLabel")
        self.certExampleLabel.setStyleSheet(u"color: #5d6f84;")

        self.detailsForm.addWidget(self.certExampleLabel, 5, 2, 1, 2)

        self.verifyUrlLabel = QLabel(self.detailsGroup)
        self.verifyUrlLabel.setObjectName(u"verifyUrlLabel")

        self.detailsForm.addWidget(self.verifyUrlLabel, 6, 0, 1, 1)

        self.verifyUrlEdit = QLineEdit(self.detailsGroup)
        self.verifyUrlEdit.setObjectName(u"verifyUrlEdit")
        self.verifyUrlEdit.setMaxLength(200)

        self.detailsForm.addWidget(self.verifyUrlEdit, 6, 1, 1, 1)

        self.verifyPreviewLabel = QLabel(self.detailsGroup)
        self.verifyPreviewLabel.setObjectName(u"verifyPreviewLabel")
        self.verifyPreviewLabel.setStyleSheet(u"color: #5d6f84;")
        self.verifyPreviewLabel.setWordWrap(True)
        self.verifyPreviewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.addWidget(self.verifyPreviewLabel, 6, 2, 1, 2)

        self.detailsForm.setColumnStretch(1, 3)
        self.detailsForm.setColumnStretch(3, 2)

        self.bodyLayout.addWidget(self.detailsGroup)

        self.officialsGroup = QGroupBox(EventsPage)
        self.officialsGroup.setObjectName(u"officialsGroup")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.officialsGroup.sizePolicy().hasHeightForWidth())
        self.officialsGroup.setSizePolicy(sizePolicy1)
        self.officialsLayout = QVBoxLayout(self.officialsGroup)
        self.officialsLayout.setObjectName(u"officialsLayout")
        self.officialsHint = QLabel(self.officialsGroup)
        self.officialsHint.setObjectName(u"officialsHint")
        self.officialsHint.setWordWrap(True)
        self.officialsHint.setStyleSheet(u"color: #5d6f84;")

        self.officialsLayout.addWidget(self.officialsHint)

        self.officialsTable = QTableWidget(self.officialsGroup)
        if (self.officialsTable.columnCount() < 7):
            self.officialsTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.officialsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.officialsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.officialsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.officialsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.officialsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.officialsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.officialsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.officialsTable.setObjectName(u"officialsTable")
        self.officialsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.officialsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.officialsTable.setTabKeyNavigation(False)
        self.officialsTable.horizontalHeader().setStretchLastSection(False)
        self.officialsTable.verticalHeader().setVisible(False)

        self.officialsLayout.addWidget(self.officialsTable)

        self.officialButtons = QHBoxLayout()
        self.officialButtons.setObjectName(u"officialButtons")
        self.addOfficialButton = QPushButton(self.officialsGroup)
        self.addOfficialButton.setObjectName(u"addOfficialButton")
        self.addOfficialButton.setAutoDefault(False)

        self.officialButtons.addWidget(self.addOfficialButton)

        self.removeOfficialButton = QPushButton(self.officialsGroup)
        self.removeOfficialButton.setObjectName(u"removeOfficialButton")
        self.removeOfficialButton.setAutoDefault(False)

        self.officialButtons.addWidget(self.removeOfficialButton)

        self.officialSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officialButtons.addItem(self.officialSpacer)


        self.officialsLayout.addLayout(self.officialButtons)


        self.bodyLayout.addWidget(self.officialsGroup)


        self.pageLayout.addLayout(self.bodyLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.savedLabel = QLabel(EventsPage)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setStyleSheet(u"color: #1e6b34;")

        self.actionLayout.addWidget(self.savedLabel)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.letterheadButton = QPushButton(EventsPage)
        self.letterheadButton.setObjectName(u"letterheadButton")
        self.letterheadButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.letterheadButton)

        self.numberBlocksButton = QPushButton(EventsPage)
        self.numberBlocksButton.setObjectName(u"numberBlocksButton")
        self.numberBlocksButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.numberBlocksButton)

        self.newButton = QPushButton(EventsPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.newButton)

        self.saveButton = QPushButton(EventsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.actionLayout.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.actionLayout)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.organizerLabel.setBuddy(self.organizerEdit)
        self.organizerCodeLabel.setBuddy(self.organizerCodeEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.certFormatLabel.setBuddy(self.certFormatEdit)
        self.verifyUrlLabel.setBuddy(self.verifyUrlEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.organizerEdit)
        QWidget.setTabOrder(self.organizerEdit, self.organizerCodeEdit)
        QWidget.setTabOrder(self.organizerCodeEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.certFormatEdit)
        QWidget.setTabOrder(self.certFormatEdit, self.officialsTable)
        QWidget.setTabOrder(self.officialsTable, self.addOfficialButton)
        QWidget.setTabOrder(self.addOfficialButton, self.removeOfficialButton)
        QWidget.setTabOrder(self.removeOfficialButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.newButton)

        self.retranslateUi(EventsPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(EventsPage)
    # setupUi

    def retranslateUi(self, EventsPage):
        self.headingLabel.setText(QCoreApplication.translate("EventsPage", u"Acara", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EventsPage", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
        self.detailsGroup.setTitle(QCoreApplication.translate("EventsPage", u"Rincian acara", None))
        self.titleLabel.setText(QCoreApplication.translate("EventsPage", u"&Judul acara", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EventsPage", u"mis. Sosialisasi dan Deklarasi Netralitas ASN", None))
        self.organizerLabel.setText(QCoreApplication.translate("EventsPage", u"&Penyelenggara", None))
        self.organizerEdit.setPlaceholderText(QCoreApplication.translate("EventsPage", u"mis. Bawaslu Kabupaten Kupang", None))
        self.organizerCodeLabel.setText(QCoreApplication.translate("EventsPage", u"&Kode penyelenggara", None))
        self.organizerCodeEdit.setPlaceholderText(QCoreApplication.translate("EventsPage", u"mis. BAWASLU-KPG", None))
        self.levelLabel.setText(QCoreApplication.translate("EventsPage", u"T&ingkat", None))
        self.timezoneLabel.setText(QCoreApplication.translate("EventsPage", u"&Zona waktu", None))
        self.venueLabel.setText(QCoreApplication.translate("EventsPage", u"T&empat", None))
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("EventsPage", u"mis. Ballroom Hotel Aston Kupang", None))
        self.cityLabel.setText(QCoreApplication.translate("EventsPage", u"K&ota/Kabupaten", None))
        self.startLabel.setText(QCoreApplication.translate("EventsPage", u"&Mulai", None))
        self.endLabel.setText(QCoreApplication.translate("EventsPage", u"Se&lesai", None))
        self.certFormatLabel.setText(QCoreApplication.translate("EventsPage", u"&Format nomor sertifikat", None))
#if QT_CONFIG(tooltip)
        self.certFormatEdit.setToolTip(QCoreApplication.translate("EventsPage", u"Bagian yang diganti otomatis: {seq:03d} nomor urut, {org} kode penyelenggara, {month_roman} bulan Romawi, {month} bulan, {year} tahun, {station} kode meja.", None))
#endif // QT_CONFIG(tooltip)
        self.verifyUrlLabel.setText(QCoreApplication.translate("EventsPage", u"Alamat &verifikasi QR", None))
        self.verifyUrlEdit.setPlaceholderText(QCoreApplication.translate("EventsPage", u"mis. https://hub-bawaslu.example.id", None))
#if QT_CONFIG(tooltip)
        self.verifyUrlEdit.setToolTip(QCoreApplication.translate("EventsPage", u"Alamat situs yang dibuka ponsel saat kode QR sertifikat dipindai (alamat hub atau situs penyelenggara). Sertifikat yang sudah dicetak tidak berubah.", None))
#endif // QT_CONFIG(tooltip)
        self.officialsGroup.setTitle(QCoreApplication.translate("EventsPage", u"Pejabat penandatangan", None))
        self.officialsHint.setText(QCoreApplication.translate("EventsPage", u"Centang dokumen yang ditandatangani setiap pejabat. Pejabat yang dihapus tetap tercatat pada dokumen yang sudah ditandatanganinya.", None))
        ___qtablewidgetitem = self.officialsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EventsPage", u"Nama (dengan gelar)", None))
        ___qtablewidgetitem1 = self.officialsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EventsPage", u"NIP", None))
        ___qtablewidgetitem2 = self.officialsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EventsPage", u"Jabatan", None))
        ___qtablewidgetitem3 = self.officialsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EventsPage", u"Sertifikat", None))
        ___qtablewidgetitem4 = self.officialsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("EventsPage", u"Daftar hadir", None))
        ___qtablewidgetitem5 = self.officialsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("EventsPage", u"Deklarasi", None))
        ___qtablewidgetitem6 = self.officialsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("EventsPage", u"Undangan", None))
#if QT_CONFIG(accessibility)
        self.officialsTable.setAccessibleName(QCoreApplication.translate("EventsPage", u"Daftar pejabat penandatangan", None))
#endif // QT_CONFIG(accessibility)
        self.addOfficialButton.setText(QCoreApplication.translate("EventsPage", u"&Tambah pejabat", None))
        self.removeOfficialButton.setText(QCoreApplication.translate("EventsPage", u"&Hapus pejabat", None))
        self.letterheadButton.setText(QCoreApplication.translate("EventsPage", u"Kop surat && &undangan\u2026", None))
        self.numberBlocksButton.setText(QCoreApplication.translate("EventsPage", u"&Blok nomor sertifikat\u2026", None))
        self.newButton.setText(QCoreApplication.translate("EventsPage", u"Acara baru", None))
        self.saveButton.setText(QCoreApplication.translate("EventsPage", u"&Simpan", None))
        pass
    # retranslateUi

