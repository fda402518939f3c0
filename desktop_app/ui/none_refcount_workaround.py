"""Work around PySide6 6.12 dropping a reference to ``None`` (and ``True``/``False``) on Qt calls.

On Python 3.11 ``None`` is an ordinary refcounted object (it is immortal only from 3.12),
and PySide6 6.12 returns ``None`` from void methods without taking a reference. Every
``widget.update()``, ``painter.setPen()`` ... therefore lowers None's count by one, and a
process aborts with "Fatal Python error: none_dealloc" after some tens of thousands of
calls: minutes of drawing on the signature pad. Until the runtime is Python >= 3.12 or a
fixed PySide6, ``apply()`` raises None's count by a large margin once at start-up.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # far more void calls than any session makes


def apply() -> bool:
    """Raise the counts of ``None``, ``True`` and ``False`` once (Python < 3.12); True if done."""
    if sys.version_info >= (3, 12) or getattr(apply, "_done", False):
        return False
    # ob_refcnt is the first field of every CPython object. bool-returning methods
    # (close(), end(), isVisible() ...) have the same defect for True and False.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    apply._done = True  # type: ignore[attr-defined]
    return True
