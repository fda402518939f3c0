"""Typed access to peewee results that its stubs leave loose: raw foreign keys, tuples."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast


def fk(row: Any, name: str) -> str:
    """The raw id of foreign key ``name`` without loading the row (``row.<name>_id``)."""
    return str(row.__data__[name])


def rows_of(query: Any) -> Iterable[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples."""
    return cast(Iterable[tuple[Any, ...]], query.tuples())
