"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11.

On Python 3.11 None, True and False are ordinary reference-counted objects (3.12 made
them immortal). PySide6 6.12.0 releases one reference too many to them on calls such as
``QApplication.processEvents()``, ``QWidget.update()`` or ``super().eventFilter(...)``;
after some thousands of calls the interpreter aborts with "Fatal Python error:
none_dealloc" (or bool_dealloc) — in a long desk session, or when a test run exits.

These three singletons are never freed in a healthy interpreter, so adding a billion to
their reference counts changes nothing but keeps the count from reaching zero for years
of leaked decrements. On Python 3.12+ this is a no-op. Remove once PySide6 is fixed or
the project requires Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA = 1 << 30
_installed = False


def install() -> None:
    """Raise the reference counts of None/True/False once (CPython < 3.12 only)."""
    global _installed
    if _installed or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for value in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(value)).value += EXTRA
    _installed = True


install()
