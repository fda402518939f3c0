# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QListWidget, QMenu, QMenuBar, QSizePolicy, QStackedWidget, QStatusBar, QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setMinimumSize(QSize(760, 500))
        MainWindow.setWindowTitle(u"Ikrar")
        self.actionNewEvent = QAction(MainWindow)
        self.actionNewEvent.setObjectName(u"actionNewEvent")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.actionOpenDataFolder = QAction(MainWindow)
        self.actionOpenDataFolder.setObjectName(u"actionOpenDataFolder")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.actionOpenLog = QAction(MainWindow)
        self.actionOpenLog.setObjectName(u"actionOpenLog")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralwidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setMaximumSize(QSize(190, 16777215))
        self.navList.setStyleSheet(u"QListWidget#navList { background: #eef2f6; border: none; border-right: 1px solid #d5dde6; padding-top: 8px; outline: 0; }\n"
"QListWidget#navList::item { padding: 9px 10px; margin: 1px 6px; border-radius: 6px; color: #1f3148; }\n"
"QListWidget#navList::item:hover { background: #e0e8f1; }\n"
"QListWidget#navList::item:selected { background: #d0e0f1; color: #10233a; border-left: 3px solid #2b5b8a; }\n"
"QListWidget#navList::item:selected:focus { background: #b9d0ea; }\n"
"QListWidget#navList { qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }")
        self.navList.setIconSize(QSize(22, 22))
        self.navList.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navList)

        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(0)
        self.contentLayout.setObjectName(u"contentLayout")
        self.topBar = QFrame(self.centralwidget)
        self.topBar.setObjectName(u"topBar")
        self.topBar.setStyleSheet(u"QFrame#topBar { background: #ffffff; border-bottom: 1px solid #d5dde6; }\n"
"QToolButton#newEventButton { qproperty-toolButtonStyle: ToolButtonTextBesideIcon; }")
        self.topBarLayout = QHBoxLayout(self.topBar)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.topBarLayout.setContentsMargins(14, 8, 14, 8)
        self.eventLabel = QLabel(self.topBar)
        self.eventLabel.setObjectName(u"eventLabel")

        self.topBarLayout.addWidget(self.eventLabel)

        self.eventCombo = QComboBox(self.topBar)
        self.eventCombo.setObjectName(u"eventCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.eventCombo.sizePolicy().hasHeightForWidth())
        self.eventCombo.setSizePolicy(sizePolicy)
        self.eventCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.eventCombo.setMinimumContentsLength(40)

        self.topBarLayout.addWidget(self.eventCombo)

        self.newEventButton = QToolButton(self.topBar)
        self.newEventButton.setObjectName(u"newEventButton")

        self.topBarLayout.addWidget(self.newEventButton)


        self.contentLayout.addWidget(self.topBar)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.contentLayout.addWidget(self.pages)


        self.centralLayout.addLayout(self.contentLayout)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.eventCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.navList, self.eventCombo)
        QWidget.setTabOrder(self.eventCombo, self.newEventButton)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewEvent)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addAction(self.actionOpenDataFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)
        self.menuHelp.addAction(self.actionOpenLog)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewEvent.setText(QCoreApplication.translate("MainWindow", u"Acara ba&ru", None))
#if QT_CONFIG(tooltip)
        self.actionNewEvent.setToolTip(QCoreApplication.translate("MainWindow", u"Buat acara baru di halaman Acara", None))
#endif // QT_CONFIG(tooltip)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Pengaturan\u2026", None))
        self.actionOpenDataFolder.setText(QCoreApplication.translate("MainWindow", u"Buka &folder data", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Tentang Ikrar", None))
        self.actionOpenLog.setText(QCoreApplication.translate("MainWindow", u"Buka &log", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigasi halaman", None))
#endif // QT_CONFIG(accessibility)
        self.eventLabel.setText(QCoreApplication.translate("MainWindow", u"Acara &aktif:", None))
#if QT_CONFIG(accessibility)
        self.eventCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Acara aktif", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Ba&ntuan", None))
        pass
    # retranslateUi

