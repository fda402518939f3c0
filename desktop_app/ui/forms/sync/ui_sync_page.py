# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.pageLayout = QVBoxLayout(SyncPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(18, 14, 18, 12)
        self.headingLabel = QLabel(SyncPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold; color: #1f3148;")

        self.pageLayout.addWidget(self.headingLabel)

        self.errorLabel = QLabel(SyncPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1b0a8; border-radius: 4px; padding: 6px 10px; }")
        self.errorLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.errorLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(14)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.stationColumn = QVBoxLayout()
        self.stationColumn.setSpacing(12)
        self.stationColumn.setObjectName(u"stationColumn")
        self.statusGroup = QGroupBox(SyncPage)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QFormLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.hubCaption = QLabel(self.statusGroup)
        self.hubCaption.setObjectName(u"hubCaption")

        self.statusLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hubCaption)

        self.hubValue = QLabel(self.statusGroup)
        self.hubValue.setObjectName(u"hubValue")
        self.hubValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hubValue)

        self.stateCaption = QLabel(self.statusGroup)
        self.stateCaption.setObjectName(u"stateCaption")

        self.statusLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stateCaption)

        self.stateValue = QLabel(self.statusGroup)
        self.stateValue.setObjectName(u"stateValue")
        self.stateValue.setStyleSheet(u"font-weight: bold;")

        self.statusLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.pendingCaption = QLabel(self.statusGroup)
        self.pendingCaption.setObjectName(u"pendingCaption")

        self.statusLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pendingCaption)

        self.pendingValue = QLabel(self.statusGroup)
        self.pendingValue.setObjectName(u"pendingValue")

        self.statusLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pendingValue)

        self.lastSuccessCaption = QLabel(self.statusGroup)
        self.lastSuccessCaption.setObjectName(u"lastSuccessCaption")

        self.statusLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastSuccessCaption)

        self.lastSuccessValue = QLabel(self.statusGroup)
        self.lastSuccessValue.setObjectName(u"lastSuccessValue")

        self.statusLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastSuccessValue)

        self.syncButtonsLayout = QHBoxLayout()
        self.syncButtonsLayout.setObjectName(u"syncButtonsLayout")
        self.syncNowButton = QPushButton(self.statusGroup)
        self.syncNowButton.setObjectName(u"syncNowButton")

        self.syncButtonsLayout.addWidget(self.syncNowButton)

        self.autoSyncCheck = QCheckBox(self.statusGroup)
        self.autoSyncCheck.setObjectName(u"autoSyncCheck")

        self.syncButtonsLayout.addWidget(self.autoSyncCheck)

        self.syncButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.syncButtonsLayout.addItem(self.syncButtonsSpacer)


        self.statusLayout.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.syncButtonsLayout)


        self.stationColumn.addWidget(self.statusGroup)

        self.pairGroup = QGroupBox(SyncPage)
        self.pairGroup.setObjectName(u"pairGroup")
        self.pairLayout = QFormLayout(self.pairGroup)
        self.pairLayout.setObjectName(u"pairLayout")
        self.urlCaption = QLabel(self.pairGroup)
        self.urlCaption.setObjectName(u"urlCaption")

        self.pairLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlCaption)

        self.hubUrlEdit = QLineEdit(self.pairGroup)
        self.hubUrlEdit.setObjectName(u"hubUrlEdit")

        self.pairLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hubUrlEdit)

        self.codeCaption = QLabel(self.pairGroup)
        self.codeCaption.setObjectName(u"codeCaption")

        self.pairLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.pairCodeEdit = QLineEdit(self.pairGroup)
        self.pairCodeEdit.setObjectName(u"pairCodeEdit")

        self.pairLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pairCodeEdit)

        self.nameCaption = QLabel(self.pairGroup)
        self.nameCaption.setObjectName(u"nameCaption")

        self.pairLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.stationNameEdit = QLineEdit(self.pairGroup)
        self.stationNameEdit.setObjectName(u"stationNameEdit")

        self.pairLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stationNameEdit)

        self.fingerprintCaption = QLabel(self.pairGroup)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.pairLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintEdit = QLineEdit(self.pairGroup)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")

        self.pairLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fingerprintEdit)

        self.pairButton = QPushButton(self.pairGroup)
        self.pairButton.setObjectName(u"pairButton")

        self.pairLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pairButton)


        self.stationColumn.addWidget(self.pairGroup)

        self.bundleGroup = QGroupBox(SyncPage)
        self.bundleGroup.setObjectName(u"bundleGroup")
        self.bundleLayout = QGridLayout(self.bundleGroup)
        self.bundleLayout.setObjectName(u"bundleLayout")
        self.bundleHint = QLabel(self.bundleGroup)
        self.bundleHint.setObjectName(u"bundleHint")
        self.bundleHint.setWordWrap(True)
        self.bundleHint.setStyleSheet(u"color: #5d6f84;")

        self.bundleLayout.addWidget(self.bundleHint, 0, 0, 1, 3)

        self.passwordCaption = QLabel(self.bundleGroup)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.bundleLayout.addWidget(self.passwordCaption, 1, 0, 1, 1)

        self.bundlePasswordEdit = QLineEdit(self.bundleGroup)
        self.bundlePasswordEdit.setObjectName(u"bundlePasswordEdit")
        self.bundlePasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.bundleLayout.addWidget(self.bundlePasswordEdit, 1, 1, 1, 2)

        self.exportButton = QPushButton(self.bundleGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.bundleLayout.addWidget(self.exportButton, 2, 1, 1, 1)

        self.importButton = QPushButton(self.bundleGroup)
        self.importButton.setObjectName(u"importButton")

        self.bundleLayout.addWidget(self.importButton, 2, 2, 1, 1)


        self.stationColumn.addWidget(self.bundleGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stationColumn.addItem(self.bottomSpacer)


        self.columnsLayout.addLayout(self.stationColumn)

        self.hubGroup = QGroupBox(SyncPage)
        self.hubGroup.setObjectName(u"hubGroup")
        self.hubLayout = QVBoxLayout(self.hubGroup)
        self.hubLayout.setObjectName(u"hubLayout")
        self.hubHint = QLabel(self.hubGroup)
        self.hubHint.setObjectName(u"hubHint")
        self.hubHint.setWordWrap(True)
        self.hubHint.setStyleSheet(u"color: #5d6f84;")

        self.hubLayout.addWidget(self.hubHint)

        self.hubButtonsLayout = QHBoxLayout()
        self.hubButtonsLayout.setObjectName(u"hubButtonsLayout")
        self.hubStartButton = QPushButton(self.hubGroup)
        self.hubStartButton.setObjectName(u"hubStartButton")

        self.hubButtonsLayout.addWidget(self.hubStartButton)

        self.hubPairCodeButton = QPushButton(self.hubGroup)
        self.hubPairCodeButton.setObjectName(u"hubPairCodeButton")

        self.hubButtonsLayout.addWidget(self.hubPairCodeButton)

        self.hubButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hubButtonsLayout.addItem(self.hubButtonsSpacer)


        self.hubLayout.addLayout(self.hubButtonsLayout)

        self.hubStateLabel = QLabel(self.hubGroup)
        self.hubStateLabel.setObjectName(u"hubStateLabel")
        self.hubStateLabel.setWordWrap(True)
        self.hubStateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.hubLayout.addWidget(self.hubStateLabel)

        self.pairingLayout = QHBoxLayout()
        self.pairingLayout.setObjectName(u"pairingLayout")
        self.pairingQrLabel = QLabel(self.hubGroup)
        self.pairingQrLabel.setObjectName(u"pairingQrLabel")
        self.pairingQrLabel.setMinimumSize(QSize(0, 0))

        self.pairingLayout.addWidget(self.pairingQrLabel)

        self.pairingTextLabel = QLabel(self.hubGroup)
        self.pairingTextLabel.setObjectName(u"pairingTextLabel")
        self.pairingTextLabel.setWordWrap(True)
        self.pairingTextLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pairingLayout.addWidget(self.pairingTextLabel)


        self.hubLayout.addLayout(self.pairingLayout)

        self.stationsCaption = QLabel(self.hubGroup)
        self.stationsCaption.setObjectName(u"stationsCaption")
        self.stationsCaption.setStyleSheet(u"color: #5d6f84;")

        self.hubLayout.addWidget(self.stationsCaption)

        self.stationsList = QListWidget(self.hubGroup)
        self.stationsList.setObjectName(u"stationsList")
        self.stationsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.hubLayout.addWidget(self.stationsList)


        self.columnsLayout.addWidget(self.hubGroup)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.columnsLayout)

#if QT_CONFIG(shortcut)
        self.urlCaption.setBuddy(self.hubUrlEdit)
        self.codeCaption.setBuddy(self.pairCodeEdit)
        self.nameCaption.setBuddy(self.stationNameEdit)
        self.fingerprintCaption.setBuddy(self.fingerprintEdit)
        self.passwordCaption.setBuddy(self.bundlePasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.syncNowButton, self.autoSyncCheck)
        QWidget.setTabOrder(self.autoSyncCheck, self.hubUrlEdit)
        QWidget.setTabOrder(self.hubUrlEdit, self.pairCodeEdit)
        QWidget.setTabOrder(self.pairCodeEdit, self.stationNameEdit)
        QWidget.setTabOrder(self.stationNameEdit, self.fingerprintEdit)
        QWidget.setTabOrder(self.fingerprintEdit, self.pairButton)
        QWidget.setTabOrder(self.pairButton, self.bundlePasswordEdit)
        QWidget.setTabOrder(self.bundlePasswordEdit, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)

        self.retranslateUi(SyncPage)

        self.syncNowButton.setDefault(True)


        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.headingLabel.setText(QCoreApplication.translate("SyncPage", u"Sinkronisasi", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
        self.statusGroup.setTitle(QCoreApplication.translate("SyncPage", u"Status", None))
        self.hubCaption.setText(QCoreApplication.translate("SyncPage", u"Hub", None))
        self.stateCaption.setText(QCoreApplication.translate("SyncPage", u"Keadaan", None))
        self.pendingCaption.setText(QCoreApplication.translate("SyncPage", u"Perubahan belum terkirim", None))
        self.lastSuccessCaption.setText(QCoreApplication.translate("SyncPage", u"Terakhir berhasil", None))
        self.syncNowButton.setText(QCoreApplication.translate("SyncPage", u"Sinkronkan sekarang", None))
#if QT_CONFIG(shortcut)
        self.syncNowButton.setShortcut(QCoreApplication.translate("SyncPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.autoSyncCheck.setText(QCoreApplication.translate("SyncPage", u"Sinkronkan otomatis di latar belakang", None))
        self.pairGroup.setTitle(QCoreApplication.translate("SyncPage", u"Pasangkan dengan hub", None))
        self.urlCaption.setText(QCoreApplication.translate("SyncPage", u"&Alamat hub", None))
        self.hubUrlEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"https://192.168.1.10:8765 atau isi kode QR pemasangan", None))
        self.codeCaption.setText(QCoreApplication.translate("SyncPage", u"&Kode pemasangan", None))
        self.pairCodeEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"XXXX-XXXX, tampil di laptop hub", None))
        self.nameCaption.setText(QCoreApplication.translate("SyncPage", u"&Nama stasiun", None))
        self.stationNameEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"mis. Meja 2", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("SyncPage", u"Sidik &jari TLS", None))
        self.fingerprintEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"opsional; tampil di laptop hub di bawah kode QR", None))
        self.pairButton.setText(QCoreApplication.translate("SyncPage", u"&Pasangkan", None))
        self.bundleGroup.setTitle(QCoreApplication.translate("SyncPage", u"Bundel luring (USB, tanpa jaringan)", None))
        self.bundleHint.setText(QCoreApplication.translate("SyncPage", u"Ekspor semua data acara terpilih ke satu berkas bertanda tangan, bawa dengan USB, lalu impor di stasiun lain. Impor berulang tidak menggandakan data.", None))
        self.passwordCaption.setText(QCoreApplication.translate("SyncPage", u"Kata &sandi (opsional)", None))
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"&Ekspor bundel acara\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"&Impor bundel\u2026", None))
        self.hubGroup.setTitle(QCoreApplication.translate("SyncPage", u"Hub di laptop ini", None))
        self.hubHint.setText(QCoreApplication.translate("SyncPage", u"Jadikan laptop ini hub: meja lain memindai kode QR pemasangan di sini (atau mengetik kodenya) dan mengirim datanya ke laptop ini lewat jaringan lokal.", None))
        self.hubStartButton.setText(QCoreApplication.translate("SyncPage", u"&Jadikan laptop ini hub", None))
        self.hubPairCodeButton.setText(QCoreApplication.translate("SyncPage", u"Kode &baru", None))
#if QT_CONFIG(tooltip)
        self.hubPairCodeButton.setToolTip(QCoreApplication.translate("SyncPage", u"Buat kode pemasangan sekali pakai yang baru (berlaku 15 menit)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pairingQrLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"Kode QR pemasangan", None))
#endif // QT_CONFIG(accessibility)
        self.stationsCaption.setText(QCoreApplication.translate("SyncPage", u"Stasiun terdaftar", None))
#if QT_CONFIG(accessibility)
        self.stationsList.setAccessibleName(QCoreApplication.translate("SyncPage", u"Stasiun terdaftar di hub ini", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

