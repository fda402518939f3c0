"""A private, throwaway PostgreSQL 15 cluster for tests and benchmarks (Debian package).

``postgres_cluster()`` runs ``initdb`` in a fresh temporary folder, starts the server on a
free loopback port (as the ``postgres`` user when we are root: initdb refuses root) and
yields its URL; on exit the server is stopped and the folder removed. ``fresh_database``
gives each test its own database in that cluster.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from tests.sync.harness import free_port

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def missing_reason() -> str:
    """Why no cluster can be started here ('' when it can)."""
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        return "PostgreSQL 15 server binaries not installed (Debian package postgresql-15)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 not installed (extra hub-postgres)"
    return ""


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@contextlib.contextmanager
def postgres_cluster(max_connections: int = 200) -> Iterator[str]:
    reason = missing_reason()
    if reason:
        raise RuntimeError(reason)
    root = Path(tempfile.mkdtemp(prefix="ikrar-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    initdb = [str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
    subprocess.run(
        _as_postgres([*initdb, "-E", "UTF8", "--no-sync"]), check=True, capture_output=True
    )
    started = None
    port = 0
    for _attempt in range(5):
        # Another test process (pytest-xdist) may take the port between free_port and start.
        port = free_port()
        options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
            f" -c max_connections={max_connections}"
        )
        pg_ctl = [str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options]
        started = subprocess.run(
            _as_postgres([*pg_ctl, "-l", str(root / "log"), "-w", "start"]), capture_output=True
        )
        if started.returncode == 0:
            break
    else:
        detail = started.stderr.decode(errors="replace")[-2000:] if started else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {detail}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(cluster_url: str, prefix: str = "ikrar") -> str:
    """A new empty database in the cluster; its URL."""
    import psycopg2

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    con = psycopg2.connect(cluster_url)
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        con.close()
    return cluster_url.rsplit("/", 1)[0] + f"/{name}"


def database_size(url: str) -> int:
    """Bytes on disk of the database at ``url`` (tables, indexes, TOAST)."""
    import psycopg2

    con = psycopg2.connect(url)
    try:
        with con.cursor() as cur:
            cur.execute("SELECT pg_database_size(current_database())")
            row = cur.fetchone()
            return int(row[0]) if row else 0
    finally:
        con.close()
