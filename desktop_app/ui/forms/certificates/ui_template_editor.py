# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout)

class Ui_TemplateEditor(object):
    def setupUi(self, TemplateEditor):
        if not TemplateEditor.objectName():
            TemplateEditor.setObjectName(u"TemplateEditor")
        self.templateLayout = QHBoxLayout(TemplateEditor)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateForm = QFormLayout()
        self.templateForm.setObjectName(u"templateForm")
        self.templateLabel = QLabel(TemplateEditor)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(TemplateEditor)
        self.templateCombo.setObjectName(u"templateCombo")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.backgroundLabel = QLabel(TemplateEditor)
        self.backgroundLabel.setObjectName(u"backgroundLabel")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backgroundLabel)

        self.backgroundButton = QPushButton(TemplateEditor)
        self.backgroundButton.setObjectName(u"backgroundButton")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backgroundButton)

        self.logoLabel = QLabel(TemplateEditor)
        self.logoLabel.setObjectName(u"logoLabel")

        self.templateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoButton = QPushButton(TemplateEditor)
        self.logoButton.setObjectName(u"logoButton")

        self.templateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.logoButton)

        self.fieldLabel = QLabel(TemplateEditor)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.templateForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(TemplateEditor)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.templateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.fontLabel = QLabel(TemplateEditor)
        self.fontLabel.setObjectName(u"fontLabel")

        self.templateForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontCombo = QComboBox(TemplateEditor)
        self.fontCombo.setObjectName(u"fontCombo")

        self.templateForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fontCombo)

        self.sizeLabel = QLabel(TemplateEditor)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.templateForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeSpin = QDoubleSpinBox(TemplateEditor)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(5.000000000000000)
        self.sizeSpin.setMaximum(80.000000000000000)
        self.sizeSpin.setSingleStep(0.500000000000000)

        self.templateForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sizeSpin)

        self.hintLabel = QLabel(TemplateEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.templateForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.hintLabel)

        self.saveTemplateButton = QPushButton(TemplateEditor)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.templateForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.saveTemplateButton)


        self.templateLayout.addLayout(self.templateForm)

        self.previewHolder = QVBoxLayout()
        self.previewHolder.setObjectName(u"previewHolder")

        self.templateLayout.addLayout(self.previewHolder)


        self.retranslateUi(TemplateEditor)

        QMetaObject.connectSlotsByName(TemplateEditor)
    # setupUi

    def retranslateUi(self, TemplateEditor):
        TemplateEditor.setWindowTitle(QCoreApplication.translate("TemplateEditor", u"Templat", None))
        self.templateLabel.setText(QCoreApplication.translate("TemplateEditor", u"Templat", None))
        self.backgroundLabel.setText(QCoreApplication.translate("TemplateEditor", u"Latar", None))
        self.backgroundButton.setText(QCoreApplication.translate("TemplateEditor", u"Pilih gambar latar\u2026", None))
        self.logoLabel.setText(QCoreApplication.translate("TemplateEditor", u"Logo", None))
        self.logoButton.setText(QCoreApplication.translate("TemplateEditor", u"Pilih logo penyelenggara\u2026", None))
        self.fieldLabel.setText(QCoreApplication.translate("TemplateEditor", u"Isian", None))
        self.fontLabel.setText(QCoreApplication.translate("TemplateEditor", u"Huruf", None))
        self.sizeLabel.setText(QCoreApplication.translate("TemplateEditor", u"Ukuran (pt)", None))
        self.hintLabel.setText(QCoreApplication.translate("TemplateEditor", u"Seret isian pada pratinjau untuk memindahkannya.", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("TemplateEditor", u"&Simpan sebagai templat acara", None))
    # retranslateUi

