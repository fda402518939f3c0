"""The one SQLite database behind every model, initialised once with ``init_db``.

Models bind to a ``DatabaseProxy`` so tests and tools can hand in any SQLite file.
WAL with ``synchronous=FULL`` means a row is on disk when the transaction commits:
an attendee the UI reports as checked in survives a power cut.

Transactions begin ``IMMEDIATE``: they take the write lock up front, so a transaction
that reads and then writes (a check-in looks for an earlier arrival first) waits its turn
behind another thread's write (``busy_timeout``) instead of failing with "database is
locked", which SQLite reports at once, without waiting, when a deferred transaction's
snapshot went stale before its first write.
"""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

database_proxy = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    # Every thread's connection keeps its own page cache (the GUI's, each background task's):
    # 4 MB each keeps a 50,000-attendee event under 300 MB (benchmarks/memory.py: 16 MB
    # cost ~45 MB there) and imports run as fast (benchmarks/import.py); the OS caches the file.
    "cache_size": -4_000,
}


def open_sqlite(path: Path) -> SqliteDatabase:
    """Open (without migrating) the SQLite file at ``path`` with Ikrar's pragmas."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False, lock_type="IMMEDIATE"
    )
