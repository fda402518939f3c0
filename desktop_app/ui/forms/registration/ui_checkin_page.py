# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CheckinPage(object):
    def setupUi(self, CheckinPage):
        if not CheckinPage.objectName():
            CheckinPage.setObjectName(u"CheckinPage")
        self.pageLayout = QVBoxLayout(CheckinPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(18, 14, 18, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(CheckinPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold; color: #1f3148;")

        self.headerLayout.addWidget(self.headingLabel)

        self.countLabel = QLabel(CheckinPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #3b4c60; font-size: 11pt; padding-left: 12px;")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.walkInButton = QPushButton(CheckinPage)
        self.walkInButton.setObjectName(u"walkInButton")

        self.headerLayout.addWidget(self.walkInButton)

        self.cameraButton = QPushButton(CheckinPage)
        self.cameraButton.setObjectName(u"cameraButton")

        self.headerLayout.addWidget(self.cameraButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.searchEdit = QLineEdit(CheckinPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setStyleSheet(u"QLineEdit { font-size: 17pt; padding: 8px 10px; border: 2px solid #8aa4c2; border-radius: 6px; } QLineEdit:focus { border-color: #1d4d8c; }")
        self.searchEdit.setClearButtonEnabled(True)

        self.pageLayout.addWidget(self.searchEdit)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(14)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.resultsLayout = QVBoxLayout()
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLabel = QLabel(CheckinPage)
        self.resultsLabel.setObjectName(u"resultsLabel")
        self.resultsLabel.setStyleSheet(u"color: #5d6f84;")

        self.resultsLayout.addWidget(self.resultsLabel)

        self.resultsList = QListWidget(CheckinPage)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setStyleSheet(u"QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #e3e8ee; } QListWidget::item:selected { background: #1d4d8c; color: white; }")
        self.resultsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.resultsLayout.addWidget(self.resultsList)


        self.bodyLayout.addLayout(self.resultsLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.feedbackFrame = QFrame(CheckinPage)
        self.feedbackFrame.setObjectName(u"feedbackFrame")
        self.feedbackFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.feedbackFrame.setMinimumSize(QSize(0, 150))
        self.feedbackLayout = QVBoxLayout(self.feedbackFrame)
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.feedbackTitle = QLabel(self.feedbackFrame)
        self.feedbackTitle.setObjectName(u"feedbackTitle")
        self.feedbackTitle.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.feedbackTitle.setWordWrap(True)

        self.feedbackLayout.addWidget(self.feedbackTitle)

        self.feedbackDetail = QLabel(self.feedbackFrame)
        self.feedbackDetail.setObjectName(u"feedbackDetail")
        self.feedbackDetail.setStyleSheet(u"font-size: 11pt;")
        self.feedbackDetail.setWordWrap(True)

        self.feedbackLayout.addWidget(self.feedbackDetail)

        self.feedbackButtons = QHBoxLayout()
        self.feedbackButtons.setObjectName(u"feedbackButtons")
        self.feedbackSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feedbackButtons.addItem(self.feedbackSpacer)

        self.undoButton = QPushButton(self.feedbackFrame)
        self.undoButton.setObjectName(u"undoButton")

        self.feedbackButtons.addWidget(self.undoButton)


        self.feedbackLayout.addLayout(self.feedbackButtons)


        self.sideLayout.addWidget(self.feedbackFrame)

        self.recentLabel = QLabel(CheckinPage)
        self.recentLabel.setObjectName(u"recentLabel")
        self.recentLabel.setStyleSheet(u"color: #5d6f84;")

        self.sideLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(CheckinPage)
        self.recentList.setObjectName(u"recentList")

        self.sideLayout.addWidget(self.recentList)


        self.bodyLayout.addLayout(self.sideLayout)

        self.bodyLayout.setStretch(0, 3)
        self.bodyLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.bodyLayout)

        self.hintLabel = QLabel(CheckinPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #5d6f84;")

        self.pageLayout.addWidget(self.hintLabel)

        QWidget.setTabOrder(self.searchEdit, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.recentList)
        QWidget.setTabOrder(self.recentList, self.walkInButton)
        QWidget.setTabOrder(self.walkInButton, self.cameraButton)

        self.retranslateUi(CheckinPage)

        QMetaObject.connectSlotsByName(CheckinPage)
    # setupUi

    def retranslateUi(self, CheckinPage):
        self.headingLabel.setText(QCoreApplication.translate("CheckinPage", u"Registrasi", None))
        self.walkInButton.setText(QCoreApplication.translate("CheckinPage", u"Datang &langsung\u2026", None))
#if QT_CONFIG(tooltip)
        self.walkInButton.setToolTip(QCoreApplication.translate("CheckinPage", u"Daftarkan peserta yang tidak ada di daftar undangan (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.cameraButton.setText(QCoreApplication.translate("CheckinPage", u"&Kamera\u2026", None))
#if QT_CONFIG(tooltip)
        self.cameraButton.setToolTip(QCoreApplication.translate("CheckinPage", u"Pindai kode QR undangan dengan kamera laptop", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CheckinPage", u"Ketik nama, NIP/NRP, instansi, atau kode undangan\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CheckinPage", u"Cari peserta", None))
#endif // QT_CONFIG(accessibility)
        self.resultsLabel.setText(QCoreApplication.translate("CheckinPage", u"Hasil pencarian", None))
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("CheckinPage", u"Hasil pencarian", None))
#endif // QT_CONFIG(accessibility)
        self.undoButton.setText(QCoreApplication.translate("CheckinPage", u"&Batalkan registrasi ini\u2026", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("CheckinPage", u"Membatalkan registrasi yang salah (tercatat di log, tidak dihapus)", None))
#endif // QT_CONFIG(tooltip)
        self.recentLabel.setText(QCoreApplication.translate("CheckinPage", u"Registrasi terakhir", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("CheckinPage", u"Registrasi terakhir", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("CheckinPage", u"\u2191/\u2193 memilih \u00b7 Enter mencatat hadir \u00b7 Esc mengosongkan \u00b7 pemindai QR bekerja dari halaman mana pun", None))
        pass
    # retranslateUi

