"""Guard against Qt bindings that leak references to None/True/False.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every void Qt call, so
a desk session aborted with "none_dealloc" after some minutes of drawing. pyproject.toml
excludes it; this test fails if such a build is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_and_bool_qt_calls_keep_singleton_refcounts(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        widget.update()
        widget.isVisible()
    # A little slack for unrelated objects created meanwhile; the bug loses 2000.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
