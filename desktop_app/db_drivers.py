"""Keep the database drivers a station never uses out of its start-up.

peewee imports psycopg2 (and with it libssl) as soon as peewee itself is imported, whenever
psycopg2 is installed: about 15 ms of every start of the window, for a PostgreSQL connection
only the hub ever makes. Every command but ``ikrar hub`` hides the server drivers before
peewee is imported, so peewee records them as absent, as on a station install without them.
"""

from __future__ import annotations

import sys

SERVER_DRIVERS = ("psycopg2", "psycopg2cffi", "psycopg", "pymysql", "MySQLdb")


def hide_server_drivers() -> bool:
    """Make ``import psycopg2`` (and the MySQL drivers) fail in this process; False when
    peewee was imported already (then nothing changes)."""
    if "peewee" in sys.modules:
        return False
    for name in SERVER_DRIVERS:
        if name not in sys.modules:
            sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    return True
