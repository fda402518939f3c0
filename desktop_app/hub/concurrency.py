"""How hub writes stay correct when several worker processes run them at once.

SQLite allows one writer: a hub on SQLite serialises its writes with a process lock and
``BEGIN IMMEDIATE`` (and runs one worker). On PostgreSQL, pushes from different stations
run side by side (``ikrar hub --workers N``):

- one station's pushes are serialised by a row lock on its ``hub_station`` row, so its
  ``pushed_seq`` moves forward once per change;
- applying rows needs no hub-wide lock: a row two pushes insert at once trips its primary
  key (unique violation), two pushes updating rows in opposite orders deadlock; PostgreSQL
  aborts one of them and the whole push is retried from the start (``retrying``); the
  last-writer-wins update is conditional on the stored stamp (``sync/apply.py``), so a
  slower, older version never overwrites a newer one;
- only the last step, numbering the accepted changes (``hub_seq``) and committing, holds a
  hub-wide advisory lock (``take_order_lock``): ``hub_seq`` values become visible in
  increasing order, so a pull cursor never steps over a change committed later.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from peewee import Database, IntegrityError, OperationalError, PostgresqlDatabase

log = logging.getLogger("ikrar.hub")

T = TypeVar("T")

ORDER_LOCK = 7312  # pg_advisory_xact_lock key held while hub_seq values are drawn
ATTEMPTS = 8
# unique_violation, serialization_failure, deadlock_detected: another transaction won a
# race; running ours again (it reads that winner now) succeeds or fails for a real reason.
RETRYABLE_SQLSTATES = {"23505", "40001", "40P01"}


def is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def take_order_lock(db: Database) -> None:
    """Hold the hub-wide ordering lock until this transaction ends (PostgreSQL only;
    SQLite's ``BEGIN IMMEDIATE`` already serialises every write)."""
    if is_postgres(db):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (ORDER_LOCK,))


def is_retryable(exc: BaseException) -> bool:
    """A PostgreSQL error that means "lost a race", not "bad data"."""
    # peewee keeps the driver's exception as ``orig`` (its message alone is in ``args``).
    original = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return getattr(original, "pgcode", None) in RETRYABLE_SQLSTATES


def retrying(db: Database, work: Callable[[], T], what: str) -> T:
    """Run ``work`` (one whole transaction) again when it lost a race on PostgreSQL."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return work()
        except (IntegrityError, OperationalError) as exc:
            if not is_postgres(db) or not is_retryable(exc) or attempt == ATTEMPTS:
                raise
            log.info("%s lost a race (%s), attempt %s again", what, exc, attempt + 1)
            # Back off a little, at random, so the same two pushes do not meet again.
            time.sleep(random.uniform(0, 0.02 * attempt))
    raise AssertionError("unreachable")
