# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'webcam_scanner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout)

class Ui_WebcamScanner(object):
    def setupUi(self, WebcamScanner):
        if not WebcamScanner.objectName():
            WebcamScanner.setObjectName(u"WebcamScanner")
        WebcamScanner.setMinimumSize(QSize(480, 420))
        self.windowLayout = QVBoxLayout(WebcamScanner)
        self.windowLayout.setObjectName(u"windowLayout")
        self.videoLabel = QLabel(WebcamScanner)
        self.videoLabel.setObjectName(u"videoLabel")
        self.videoLabel.setMinimumSize(QSize(320, 240))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.videoLabel.sizePolicy().hasHeightForWidth())
        self.videoLabel.setSizePolicy(sizePolicy)
        self.videoLabel.setStyleSheet(u"background: #1b232d; color: #d8e0ea; border-radius: 6px;")
        self.videoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.videoLabel.setWordWrap(True)

        self.windowLayout.addWidget(self.videoLabel)

        self.statusLabel = QLabel(WebcamScanner)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setStyleSheet(u"font-size: 11pt;")

        self.windowLayout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.cameraCombo = QComboBox(WebcamScanner)
        self.cameraCombo.setObjectName(u"cameraCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.cameraCombo.sizePolicy().hasHeightForWidth())
        self.cameraCombo.setSizePolicy(sizePolicy1)

        self.buttonsLayout.addWidget(self.cameraCombo)

        self.closeButton = QPushButton(WebcamScanner)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.windowLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(WebcamScanner)

        QMetaObject.connectSlotsByName(WebcamScanner)
    # setupUi

    def retranslateUi(self, WebcamScanner):
        WebcamScanner.setWindowTitle(QCoreApplication.translate("WebcamScanner", u"Pindai QR dengan kamera", None))
        self.videoLabel.setText(QCoreApplication.translate("WebcamScanner", u"Kamera belum aktif.", None))
#if QT_CONFIG(accessibility)
        self.cameraCombo.setAccessibleName(QCoreApplication.translate("WebcamScanner", u"Pilih kamera", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("WebcamScanner", u"&Tutup", None))
    # retranslateUi

