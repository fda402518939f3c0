"""Column types shared by the models."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import DateTimeField


class UtcDateTimeField(DateTimeField):
    """Stores instants as naive UTC text; hands back aware UTC datetimes.

    Storing one zone everywhere keeps ordering and sync comparisons plain string
    comparisons; documents convert to the event's local zone when they print.
    """

    def db_value(self, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime given; use an aware datetime (UTC)")
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        value = super().python_value(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value


def utcnow() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)
