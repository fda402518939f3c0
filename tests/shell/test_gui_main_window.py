"""The main window on a real database: navigation, lazy pages, event switcher, status bar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.paths import DataDir
from desktop_app.services.common import preferences, settings
from desktop_app.services.common.settings import SyncState
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow, PlaceholderPage
from desktop_app.ui.page_registry import PAGES, PageSpec
from tests.factories import new_event

pytestmark = pytest.mark.gui


def _window(qtbot, home, pages=None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(DataDir(home), operator="Rina"), pages=pages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _second_event():  # type: ignore[no-untyped-def]
    return new_event(
        title="Deklarasi Netralitas Kecamatan Lembor",
        organizer="Panwaslu Kecamatan Lembor",
        starts_local=dt.datetime(2024, 9, 19, 9, 0),
        ends_local=dt.datetime(2024, 9, 19, 12, 0),
        timezone="Asia/Makassar",
        level="KECAMATAN",
    )


def test_opens_on_demo_event_with_status(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    assert window.ctx.event_id == demo_event.id
    combo = window.ui.eventCombo
    assert demo_event.code in combo.currentText()
    assert "27 September 2024" in combo.currentText()
    assert demo_event.title in window.windowTitle()
    assert window.ui.navList.count() == len(PAGES)
    assert window.ui.navList.item(0).text() == "Acara"
    # Only the first page is built at start-up, right after the window appeared.
    qtbot.waitUntil(lambda: window.created_pages() == ["acara"])
    assert window.ui.pages.currentWidget() is window.page("acara")
    assert window.station_label.text().startswith("Stasiun: ")
    assert window.db_label.toolTip() == str(DataDir(home).database)
    assert window.sync_label.text() == "Belum pernah sinkron"


def test_nav_switches_pages_lazily_and_by_keyboard(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    nav = window.ui.navList
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert nav.currentRow() == 1
    assert "peserta" in window.created_pages()
    assert window.ui.pages.currentWidget() is window.page("peserta")
    with qtbot.waitActive(window):  # shortcuts only reach the active window
        window.activateWindow()
    qtbot.keyClick(nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.page("acara")
    assert type(window.page("acara")).__name__ == "EventsPage"


def test_missing_page_module_shows_placeholder(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    pages = [
        PAGES[0],
        PageSpec(
            "nanti", "Nanti", "report.svg", "desktop_app.ui.events.not_written_yet", "LaterPage"
        ),
    ]
    window = _window(qtbot, home, pages)
    window.show_page_at(1)
    page = window.ui.pages.currentWidget()
    assert isinstance(page, PlaceholderPage)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Halaman ini belum tersedia" in texts


def test_broken_page_import_is_a_real_error(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    # The page module exists but imports something missing: not a placeholder case.
    broken = PageSpec("rusak", "Rusak", "report.svg", "tests.shell.gui_broken_page", "BrokenPage")
    window = _window(qtbot, home, [PAGES[0], broken])
    with pytest.raises(ModuleNotFoundError) as info:
        window.page("rusak")
    assert info.value.name == "a_module_that_does_not_exist"
    failed = window.page("rusak")  # the slot now says so instead of staying blank
    assert isinstance(failed, PlaceholderPage)
    assert "Halaman ini gagal dimuat" in [label.text() for label in failed.findChildren(QLabel)]


def test_switcher_lists_events_and_emits_event_changed(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    other = _second_event()
    window = _window(qtbot, home)
    combo = window.ui.eventCombo
    assert combo.count() == 2
    assert [combo.itemData(i) for i in range(2)] == [demo_event.id, other.id]  # newest first
    assert other.code in combo.itemText(1) and "19 September 2024" in combo.itemText(1)
    with qtbot.waitSignal(window.ctx.event_changed) as signal:
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # keyboard selection emits activated
    assert signal.args == [other.id]
    assert window.ctx.event_id == other.id
    qtbot.waitUntil(lambda: settings.LAST_EVENT.get() == other.id)
    assert "Lembor" in window.windowTitle()


def test_last_event_and_geometry_are_remembered(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    other = _second_event()
    preferences.set_last_event(other.id)
    window = _window(qtbot, home)
    assert window.ctx.event_id == other.id
    window.resize(780, 560)  # fits the offscreen 800x600 screen
    window.close()
    assert preferences.window_geometry()
    again = _window(qtbot, home)
    assert (again.width(), again.height()) == (780, 560)


def test_new_event_in_switcher_after_notify(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    other = _second_event()
    window.ctx.notify("event")
    assert window.ui.eventCombo.findData(other.id) >= 0
    assert window.ctx.event_id == demo_event.id  # the selection stays put


def test_empty_database_offers_new_event(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    assert window.ctx.event_id == ""
    assert not window.ui.eventCombo.isEnabled()
    assert "Acara baru" in window.ui.eventCombo.currentText()
    window.ui.actionNewEvent.trigger()
    assert window.ui.pages.currentWidget() is window.page("acara")


def test_status_bar_follows_sync_state(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    settings.SYNC_STATE.set(SyncState.OK)
    settings.SYNC_LAST_SUCCESS.set(dt.datetime(2024, 9, 27, 1, 30, tzinfo=dt.UTC))
    window.ctx.notify("sync")
    # 01.30 UTC is 09.30 at the venue (WITA).
    assert (
        window.sync_label.text() == "Sinkron: tersinkron \u00b7 terakhir berhasil "
        "27 September 2024 09.30 WITA"
    )


def test_global_input_filter_is_installed_and_removed(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    seen: list[int] = []

    class KeySpy(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.KeyPress:
                seen.append(event.key())
            return False

    window = _window(qtbot, home)
    spy = KeySpy()
    window.install_global_input(spy)
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_A)
    assert Qt.Key.Key_A in seen
    window.close()
    seen.clear()
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_B)
    assert seen == []
    assert QApplication.instance() is not None


def test_unknown_last_event_falls_back_to_newest(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    preferences.set_last_event("00000000-0000-0000-0000-000000000000")
    window = _window(qtbot, home)
    assert window.ctx.event_id == demo_event.id
    # An event archived elsewhere disappears from the switcher; the newest one takes over.
    other = _second_event()
    window.ctx.notify("event")
    window.ctx.set_event(other.id)
    other.archived = True
    other.save()
    window.ctx.notify("event")
    assert window.ctx.event_id == demo_event.id
    assert window.ui.eventCombo.findData(other.id) == -1
    qtbot.waitUntil(lambda: preferences.last_event() == demo_event.id, timeout=5000)
