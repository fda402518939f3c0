"""The main window: page navigation, event switcher, status bar, menus.

Pages are created the first time they are shown, so start-up only pays for the first
page. At start-up the window paints before the database is open (``load=False``): the
frame, the page list and a neutral "Memuat…" page, with everything that reads or writes
data disabled; ``load_data()`` fills it in once the database is open and migrated.
A page whose module does not exist yet (a feature still being built) shows a friendly
placeholder; any other import failure is a real error and is reported.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QObject
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.resources import resource_path
from desktop_app.services.common import settings
from desktop_app.services.common.settings import SyncState
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.ui_main_window import Ui_MainWindow
from desktop_app.ui.page_registry import PAGES, PageSpec
from desktop_app.ui.tasks import run_write, wait_for_writes

log = logging.getLogger("ikrar.ui")

# Page labels live in registry.py as plain strings; these markers let lupdate collect them.
_PAGE_LABELS = (
    QT_TRANSLATE_NOOP("Pages", "Acara"),
    QT_TRANSLATE_NOOP("Pages", "Peserta"),
    QT_TRANSLATE_NOOP("Pages", "Registrasi"),
    QT_TRANSLATE_NOOP("Pages", "Deklarasi"),
    QT_TRANSLATE_NOOP("Pages", "Sertifikat"),
    QT_TRANSLATE_NOOP("Pages", "Verifikasi"),
    QT_TRANSLATE_NOOP("Pages", "Sinkronisasi"),
    QT_TRANSLATE_NOOP("Pages", "Laporan"),
)

# The status bar's short words for the sync state codes the sync engine stores.
SYNC_STATE_LABELS = {
    SyncState.ENROLLED: QT_TRANSLATE_NOOP("MainWindow", "terdaftar di hub"),
    SyncState.RUNNING: QT_TRANSLATE_NOOP("MainWindow", "sedang sinkron"),
    SyncState.OK: QT_TRANSLATE_NOOP("MainWindow", "tersinkron"),
    SyncState.FAILED: QT_TRANSLATE_NOOP("MainWindow", "gagal"),
}

DB_PATH_WIDTH = 340  # pixels; the full path is in the tooltip

# Building PySide6's ``Qt`` namespace creates every enum of Qt:: (~25 ms); nothing painted
# first needs it, so code that runs before the first paint does not touch ``QtCore.Qt``
# (the role number below, layouts instead of alignment flags; tests/shell/test_startup.py).
NAV_KEY_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
# Set as lists: the first QAction.setShortcut() call builds the Qt namespace, setShortcuts()
# does not (the form's actions have no shortcut property for the same reason).
SHORTCUTS = {"actionNewEvent": "Ctrl+N", "actionSettings": "Ctrl+,", "actionQuit": "Ctrl+Q"}


def page_label(spec: PageSpec) -> str:
    return QCoreApplication.translate("Pages", spec.label)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))


class PlaceholderPage(QWidget):
    """Shown for a page whose module is not part of this build yet (or failed to load)."""

    def __init__(self, title: str, parent: QWidget | None = None, failed: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(
            self.tr("Halaman ini gagal dimuat")
            if failed
            else self.tr("Halaman ini belum tersedia"),
            self,
        )
        heading.setObjectName("placeholderHeading")
        heading.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 16pt; color: #3b4f66;")
        if failed:
            text = self.tr(
                "Halaman \u201c%1\u201d tidak dapat dibuka; rincian kesalahannya tercatat di log."
            )
        else:
            text = self.tr("Fitur \u201c%1\u201d akan hadir di versi berikutnya.")
        detail = QLabel(text.replace("%1", title), self)
        detail.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        detail.setStyleSheet("color: #5d6f84;")
        layout.addWidget(heading)
        layout.addWidget(detail)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        pages: list[PageSpec] | None = None,
        parent: QWidget | None = None,
        *,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs = list(PAGES if pages is None else pages)
        self._page_widgets: dict[str, QWidget] = {}
        self._global_filters: list[QObject] = []
        self.loaded = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("ikrar.svg"))
        self.ui.newEventButton.setDefaultAction(self.ui.actionNewEvent)
        self.ui.actionNewEvent.setIcon(icon("event.svg"))

        self._build_navigation()
        self._build_status_bar()
        self._connect()
        self.ui.navList.blockSignals(True)
        self.ui.navList.setCurrentRow(0)
        self.ui.navList.blockSignals(False)
        self._show_loading()
        if load:
            self._restore_geometry(settings.WINDOW_GEOMETRY.get())
            self.load_data()
        else:  # the database is not open yet: read the geometry from the file as it is
            self._restore_geometry(settings.WINDOW_GEOMETRY.peek(ctx.home.database))

    def _show_loading(self) -> None:
        """Until the data is read: a neutral page, nothing to act on (not even the event
        switcher), so nobody works on a database that is not open or migrated yet."""
        loading = QWidget(self)
        loading.setObjectName("loadingPage")
        label = QLabel(self.tr("Memuat\u2026"), loading)
        label.setStyleSheet("color: #5d6f84; font-size: 12pt;")
        row = QHBoxLayout()  # centred by stretches: no alignment flag (see NAV_KEY_ROLE)
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(loading)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        self.loading_page = loading
        self.ui.pages.addWidget(loading)
        self.ui.pages.setCurrentWidget(loading)
        combo = self.ui.eventCombo
        combo.addItem(self.tr("Memuat\u2026"), "")
        for widget in (self.ui.navList, combo):
            widget.setEnabled(False)
        for action in (self.ui.actionNewEvent, self.ui.actionSettings, *self.actions()):
            action.setEnabled(False)

    def load_data(self) -> None:
        """Fill the window from the open database: events, status bar, the first page."""
        self.refresh_events(auto_select=False)
        self.select_initial_event()
        self.refresh_status()
        self.ui.navList.setEnabled(True)  # the event switcher: refresh_events decided
        for action in (self.ui.actionNewEvent, self.ui.actionSettings, *self.actions()):
            action.setEnabled(True)
        self.loaded = True
        # Only the first page is built now; every other page is built on its first visit.
        try:
            self._show_current_page()
        except Exception:  # the page's slot says it failed (PlaceholderPage); the log has why
            log.exception("the first page could not be built")
        self.ui.pages.removeWidget(self.loading_page)
        self.loading_page.deleteLater()

    # -- construction -------------------------------------------------------------------
    def _build_navigation(self) -> None:
        nav = self.ui.navList
        for index, spec in enumerate(self.specs):
            item = QListWidgetItem(icon(spec.icon), page_label(spec))
            item.setData(NAV_KEY_ROLE, spec.key)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)")
                .replace("%1", page_label(spec))
                .replace("%2", str(index + 1))
            )
            nav.addItem(item)
            if index < 9:  # Ctrl+1..9 jump straight to a page from anywhere
                action = QAction(self)
                action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])  # see SHORTCUTS
                action.triggered.connect(lambda _=False, row=index: self.show_page_at(row))
                self.addAction(action)
        nav.currentRowChanged.connect(self.show_page_at)

    def _build_status_bar(self) -> None:
        bar = self.ui.statusbar
        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationLabel")
        self.db_label = QLabel(self)
        self.db_label.setObjectName("databaseLabel")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncLabel")
        for label in (self.station_label, self.db_label, self.sync_label):
            label.setStyleSheet("QLabel { border-left: 1px solid #c8d0da; padding: 0 10px; }")
            bar.addPermanentWidget(label)

    def _connect(self) -> None:
        ui = self.ui
        for name, keys in SHORTCUTS.items():
            getattr(ui, name).setShortcuts([QKeySequence(keys)])
        ui.eventCombo.activated.connect(self._event_chosen)
        ui.actionNewEvent.triggered.connect(self.new_event)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionOpenDataFolder.triggered.connect(lambda: self._open_path(self.ctx.home.root))
        ui.actionOpenLog.triggered.connect(lambda: self._open_path(self.ctx.home.log_file))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        guide = QAction(self.tr("&Panduan pengguna"), self)
        guide.setShortcuts(QKeySequence.StandardKey.HelpContents)  # F1
        guide.triggered.connect(self.show_user_guide)
        ui.menuHelp.insertAction(ui.actionAbout, guide)
        self.guide_action = guide
        self.ctx.event_changed.connect(self._on_event_changed)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.ctx.status_message.connect(lambda text: ui.statusbar.showMessage(text, 6000))

    # -- pages --------------------------------------------------------------------------
    def _show_current_page(self) -> None:
        self.show_page_at(self.ui.navList.currentRow())

    def show_page_at(self, row: int) -> None:
        if not self.loaded or not 0 <= row < len(self.specs):
            return
        if self.ui.navList.currentRow() != row:
            self.ui.navList.setCurrentRow(row)  # re-enters through currentRowChanged
            return
        self.ui.pages.setCurrentWidget(self.page(self.specs[row].key))

    def show_page(self, key: str) -> QWidget:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.show_page_at(row)
                return self.page(key)
        raise KeyError(key)

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        widget = self._page_widgets.get(key)
        if widget is None:
            spec = next(s for s in self.specs if s.key == key)
            try:
                widget = self._create_page(spec)
            except Exception:
                # Keep navigation consistent (the page slot says it failed), then let the
                # error reach the excepthook: logged with its traceback, error dialog shown.
                broken = PlaceholderPage(page_label(spec), self, failed=True)
                self._page_widgets[key] = broken
                self.ui.pages.addWidget(broken)
                raise
            self._page_widgets[key] = widget
            self.ui.pages.addWidget(widget)
        return widget

    def _create_page(self, spec: PageSpec) -> QWidget:
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as exc:
            if exc.name != spec.module:
                raise  # the page exists but something it imports is missing: a real bug
            log.info("page %s not available in this build", spec.module)
            return PlaceholderPage(page_label(spec), self)
        page_class = getattr(module, spec.class_name)
        widget: QWidget = page_class(self.ctx, self)
        return widget

    def created_pages(self) -> list[str]:
        return list(self._page_widgets)

    # -- events -------------------------------------------------------------------------
    def refresh_events(self, auto_select: bool = True) -> None:
        """Reload the switcher; keep the current event selected when it still exists."""
        from desktop_app.services.events.event_store import list_events
        from desktop_app.ui.local_time import format_date

        combo = self.ui.eventCombo
        combo.blockSignals(True)
        combo.clear()
        events = list_events()
        for event in events:
            text = (
                f"{event.code} \u00b7 {format_date(event.starts_at, event.timezone)} "
                f"\u00b7 {event.title}"
            )
            combo.addItem(text, event.id)
            combo.setItemData(combo.count() - 1, text, QtCore.Qt.ItemDataRole.ToolTipRole)
        if not events:
            combo.addItem(self.tr("Belum ada acara \u2014 buat dengan \u201cAcara baru\u201d"), "")
        combo.setEnabled(bool(events))
        combo.blockSignals(False)
        ids = [e.id for e in events]
        if self.ctx.event_id in ids:
            combo.setCurrentIndex(ids.index(self.ctx.event_id))
        elif auto_select:  # the current event is gone (or there was none): take the newest
            self._select_event(ids[0] if ids else "")

    def select_initial_event(self) -> None:
        """The event used last on this station, else the newest one."""
        from desktop_app.services.common import preferences

        last = preferences.last_event()
        ids = [self.ui.eventCombo.itemData(i) for i in range(self.ui.eventCombo.count())]
        if last and last in ids:
            self._select_event(last)
        elif ids and ids[0]:
            self._select_event(ids[0])
        else:
            self._on_event_changed("")

    def _event_chosen(self, index: int) -> None:
        self._select_event(self.ui.eventCombo.itemData(index) or "")

    def _select_event(self, event_id: str) -> None:
        if event_id != self.ctx.event_id:
            self.ctx.set_event(event_id)  # emits event_changed -> _on_event_changed
        else:
            self._on_event_changed(event_id)

    def _on_event_changed(self, event_id: str) -> None:
        combo = self.ui.eventCombo
        index = combo.findData(event_id) if event_id else -1
        if index < 0 and event_id:  # created elsewhere: the list is stale
            self.refresh_events()
            if self.ctx.event_id != event_id:
                return  # it no longer exists; refresh_events chose another one
            index = combo.findData(event_id)
        if index >= 0 and combo.currentIndex() != index:
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        event = self.ctx.current_event()
        self.setWindowTitle(f"Ikrar \u2014 {event.title}" if event else "Ikrar")
        if event_id:
            from desktop_app.services.common import preferences

            run_write(lambda: preferences.set_last_event(event_id), owner=self)

    def _on_data_changed(self, topic: str) -> None:
        if topic == "event":
            self.refresh_events()
            self._on_event_changed(self.ctx.event_id)
        elif topic == "sync":
            self.refresh_status()

    def new_event(self) -> None:
        page = self.show_page("acara")
        start_new = getattr(page, "new_event_requested", None)
        if callable(start_new):
            start_new()

    # -- status bar ---------------------------------------------------------------------
    def refresh_status(self) -> None:
        from desktop_app.services.common import preferences

        self.station_label.setText(self.tr("Stasiun: %1").replace("%1", preferences.station_name()))
        self.db_label.setText(self.tr("Data: %1").replace("%1", self._elided_database()))
        self.db_label.setToolTip(str(self.ctx.home.database))
        self.sync_label.setText(self.sync_text())

    def _elided_database(self) -> str:
        return self.db_label.fontMetrics().elidedText(
            str(self.ctx.home.database), QtCore.Qt.TextElideMode.ElideMiddle, DB_PATH_WIDTH
        )

    def sync_text(self) -> str:
        from desktop_app.services.common import preferences

        state, last = preferences.sync_state()
        if not state and not last:
            return self.tr("Belum pernah sinkron")
        parts = []
        if state:
            label = QCoreApplication.translate("MainWindow", SYNC_STATE_LABELS[state])
            parts.append(self.tr("Sinkron: %1").replace("%1", label))
        if last:
            parts.append(self.tr("terakhir berhasil %1").replace("%1", self._format_instant(last)))
        return " \u00b7 ".join(parts)

    def _format_instant(self, instant: dt.datetime) -> str:
        event = self.ctx.current_event()
        if event is not None:  # the desk's clock is the venue's clock
            from desktop_app.ui.local_time import format_datetime

            return format_datetime(instant, event.timezone)
        return instant.astimezone().strftime("%d-%m-%Y %H.%M")

    # -- menus --------------------------------------------------------------------------
    def open_settings(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec():
            self.refresh_status()
            if dialog.language_changed:
                QMessageBox.information(
                    self,
                    self.tr("Pengaturan"),
                    self.tr("Bahasa baru dipakai setelah Ikrar dibuka ulang."),
                )

    def show_user_guide(self) -> None:
        from desktop_app.ui.user_guide import UserGuide

        guide = self.findChild(UserGuide)
        if guide is None:
            guide = UserGuide(self)
        guide.show()
        guide.raise_()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("Tentang Ikrar"),
            self.tr(
                "<h3>Ikrar %1</h3>"
                "<p>Meja registrasi acara sosialisasi dan deklarasi netralitas: daftar hadir, "
                "tanda tangan, sertifikat, dan sinkronisasi antar-meja tanpa internet.</p>"
                "<p>Data: %2</p>"
                "<p>Huruf Noto Sans dan Noto Serif \u00a9 Google, lisensi SIL Open Font License "
                "1.1.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.home.root)),
        )

    def _open_path(self, path: object) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Ikrar"),
                self.tr("Folder tidak dapat dibuka otomatis. Lokasinya:\n%1").replace(
                    "%1", str(path)
                ),
            )

    # -- input hook, geometry -----------------------------------------------------------
    def install_global_input(self, filter_obj: QObject) -> None:
        """Install an application-wide event filter (e.g. the barcode-scanner detector)."""
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication")
        app.installEventFilter(filter_obj)
        self._global_filters.append(filter_obj)

    def _restore_geometry(self, stored: str) -> None:
        if stored:
            self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.loaded:  # before that the database may not even be open
            from desktop_app.services.common import preferences

            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            # A failure is logged by the writer; it never blocks closing the window.
            run_write(lambda: preferences.set_window_geometry(geometry), owner=self)
        if not wait_for_writes():  # what the desk did is on disk before the window goes
            log.error("writes still pending when the window closed")
        app = QApplication.instance()
        for filter_obj in self._global_filters:
            if app is not None:
                app.removeEventFilter(filter_obj)
        self._global_filters.clear()
        super().closeEvent(event)
