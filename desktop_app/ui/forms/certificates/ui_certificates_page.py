# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificates_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDoubleSpinBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

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
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(self.listTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.filterCombo = QComboBox(self.listTab)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterRow.addWidget(self.filterCombo)

        self.summaryLabel = QLabel(self.listTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.filterRow.addWidget(self.summaryLabel)


        self.listLayout.addLayout(self.filterRow)

        self.table = QTableView(self.listTab)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)

        self.listLayout.addWidget(self.table)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(self.listTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(self.listTab)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)


        self.listLayout.addLayout(self.progressRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.generateSelectedButton = QPushButton(self.listTab)
        self.generateSelectedButton.setObjectName(u"generateSelectedButton")

        self.actionRow.addWidget(self.generateSelectedButton)

        self.generateAllButton = QPushButton(self.listTab)
        self.generateAllButton.setObjectName(u"generateAllButton")

        self.actionRow.addWidget(self.generateAllButton)

        self.printButton = QPushButton(self.listTab)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.openButton = QPushButton(self.listTab)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.revokeButton = QPushButton(self.listTab)
        self.revokeButton.setObjectName(u"revokeButton")

        self.actionRow.addWidget(self.revokeButton)


        self.listLayout.addLayout(self.actionRow)

        self.tabs.addTab(self.listTab, "")
        self.templateTab = QWidget()
        self.templateTab.setObjectName(u"templateTab")
        self.templateLayout = QHBoxLayout(self.templateTab)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateForm = QFormLayout()
        self.templateForm.setObjectName(u"templateForm")
        self.templateLabel = QLabel(self.templateTab)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(self.templateTab)
        self.templateCombo.setObjectName(u"templateCombo")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.backgroundLabel = QLabel(self.templateTab)
        self.backgroundLabel.setObjectName(u"backgroundLabel")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backgroundLabel)

        self.backgroundButton = QPushButton(self.templateTab)
        self.backgroundButton.setObjectName(u"backgroundButton")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backgroundButton)

        self.logoLabel = QLabel(self.templateTab)
        self.logoLabel.setObjectName(u"logoLabel")

        self.templateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoButton = QPushButton(self.templateTab)
        self.logoButton.setObjectName(u"logoButton")

        self.templateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.logoButton)

        self.fieldLabel = QLabel(self.templateTab)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.templateForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(self.templateTab)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.templateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.fontLabel = QLabel(self.templateTab)
        self.fontLabel.setObjectName(u"fontLabel")

        self.templateForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontCombo = QComboBox(self.templateTab)
        self.fontCombo.setObjectName(u"fontCombo")

        self.templateForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fontCombo)

        self.sizeLabel = QLabel(self.templateTab)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.templateForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeSpin = QDoubleSpinBox(self.templateTab)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(5.000000000000000)
        self.sizeSpin.setMaximum(80.000000000000000)
        self.sizeSpin.setSingleStep(0.500000000000000)

        self.templateForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sizeSpin)

        self.hintLabel = QLabel(self.templateTab)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.templateForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.hintLabel)

        self.saveTemplateButton = QPushButton(self.templateTab)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.templateForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.saveTemplateButton)


        self.templateLayout.addLayout(self.templateForm)

        self.previewHolder = QVBoxLayout()
        self.previewHolder.setObjectName(u"previewHolder")

        self.templateLayout.addLayout(self.previewHolder)

        self.tabs.addTab(self.templateTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(CertificatesPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CertificatesPage)
    # setupUi

    def retranslateUi(self, CertificatesPage):
        CertificatesPage.setWindowTitle(QCoreApplication.translate("CertificatesPage", u"Sertifikat", None))
        self.titleLabel.setText(QCoreApplication.translate("CertificatesPage", u"Sertifikat", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CertificatesPage", u"Cari nama atau nomor\u2026", None))
        self.summaryLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("CertificatesPage", u"Batal", None))
        self.generateSelectedButton.setText(QCoreApplication.translate("CertificatesPage", u"Buat PDF &terpilih\u2026", None))
        self.generateAllButton.setText(QCoreApplication.translate("CertificatesPage", u"Buat PDF &semua\u2026", None))
        self.printButton.setText(QCoreApplication.translate("CertificatesPage", u"&Cetak\u2026", None))
        self.openButton.setText(QCoreApplication.translate("CertificatesPage", u"&Buka PDF", None))
        self.revokeButton.setText(QCoreApplication.translate("CertificatesPage", u"Ca&but\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("CertificatesPage", u"Daftar", None))
        self.templateLabel.setText(QCoreApplication.translate("CertificatesPage", u"Templat", None))
        self.backgroundLabel.setText(QCoreApplication.translate("CertificatesPage", u"Latar", None))
        self.backgroundButton.setText(QCoreApplication.translate("CertificatesPage", u"Pilih gambar latar\u2026", None))
        self.logoLabel.setText(QCoreApplication.translate("CertificatesPage", u"Logo", None))
        self.logoButton.setText(QCoreApplication.translate("CertificatesPage", u"Pilih logo penyelenggara\u2026", None))
        self.fieldLabel.setText(QCoreApplication.translate("CertificatesPage", u"Isian", None))
        self.fontLabel.setText(QCoreApplication.translate("CertificatesPage", u"Huruf", None))
        self.sizeLabel.setText(QCoreApplication.translate("CertificatesPage", u"Ukuran (pt)", None))
        self.hintLabel.setText(QCoreApplication.translate("CertificatesPage", u"Seret isian pada pratinjau untuk memindahkannya.", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("CertificatesPage", u"&Simpan sebagai templat acara", None))
        self.tabs.setTabText(self.tabs.indexOf(self.templateTab), QCoreApplication.translate("CertificatesPage", u"Templat", None))
    # retranslateUi

