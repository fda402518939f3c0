"""Background results may arrive after their widget was closed: drop them then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def if_alive(
    widget: QObject, fn: Callable[[Any, BaseException | None], None]
) -> Callable[[Any, BaseException | None], None]:
    """``fn`` as a ``run_task`` callback that does nothing once ``widget`` is deleted."""

    def callback(result: Any, error: BaseException | None) -> None:
        if shiboken6.isValid(widget):
            fn(result, error)

    return callback
