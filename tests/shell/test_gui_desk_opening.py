"""Opening the desk for the day: the operator is asked once a day, and what is recorded and
printed carries the operator's name and the desk's name ("Meja 1"), not an id."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.models import local_station
from desktop_app.paths import DataDir
from desktop_app.services.common import preferences
from desktop_app.ui.context import AppContext
from tests.keys import type_text

pytestmark = pytest.mark.gui

TODAY = dt.date(2024, 9, 27)


def test_operator_asked_once_a_day_and_printed(qtbot, home: Path, demo_event, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.signing.statements_pdf import statement_jobs
    from desktop_app.services.registration.checkin import station_name
    from desktop_app.ui.desk_opening_dialog import DeskOpeningDialog, open_desk_if_needed
    from desktop_app.ui.main_window import MainWindow
    from tests.factories import check_in_first, sign

    ctx = AppContext(DataDir(home), operator="")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert open_desk_if_needed(window, ctx, TODAY)
    dialog = window.findChild(DeskOpeningDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.station_edit.text() == "Meja 1"  # not the computer's name
    QTest.keyClick(dialog.operator_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # nobody works the desk anonymously
    QTest.keyClick(dialog.operator_edit, Qt.Key.Key_Return)  # empty name: said, not saved
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "operator" in dialog.error_label.text().lower()
    dialog.operator_edit.setFocus()
    type_text(dialog.operator_edit, "Rina Manafe")
    QTest.keyClick(dialog.operator_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert ctx.operator == "Rina Manafe" and preferences.operator() == "Rina Manafe"
    assert local_station().name == "Meja 1"
    assert "Meja 1" in window.station_label.text()
    assert not open_desk_if_needed(window, ctx, TODAY)  # once a day
    # The next day the same names come back, one Enter away.
    assert open_desk_if_needed(window, ctx, TODAY + dt.timedelta(days=1))
    tomorrow = [d for d in window.findChildren(DeskOpeningDialog) if d.isVisible()][0]
    assert tomorrow.operator_edit.text() == "Rina Manafe"
    tomorrow.reject()
    # Statements name the desk and the operator.
    person = check_in_first(demo_event, 1, operator=ctx.operator)[0]
    sign(demo_event, person, operator=ctx.operator)
    assert station_name(local_station().id) == "Meja 1"
    jobs = statement_jobs(demo_event)
    assert jobs, "a signed statement"
    assert "di Meja 1 (stasiun" in jobs[0].note and "operator Rina Manafe" in jobs[0].note
