"""Serve the hub: one process, or several worker processes on one port (``--workers N``).

Several workers need a database that takes concurrent writers: PostgreSQL. Each worker is
a fresh process (uvicorn spawns them) that builds its own app from the environment
(``app_from_environment``); the parent opened and migrated the database before, so the
workers start on a current schema. Correctness under concurrency is ``hub/concurrency.py``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI

# What a worker process needs to build the same app as its parent.
ENV_HOME = "IKRAR_HUB_HOME"
ENV_DATABASE = "IKRAR_HUB_DATABASE"
ENV_PASSPHRASE_FILE = "IKRAR_PASSPHRASE_FILE"  # as the CLI's option (cli/passphrase.py)
# Tests only: "point[@n][:error]" makes the hub process die (or fail the request) there.
ENV_FAULT = "IKRAR_HUB_FAULT"


def fault_hook_from_environment() -> Callable[[str], None] | None:
    spec = os.environ.get(ENV_FAULT, "")
    if not spec:
        return None
    spec, _, action = spec.partition(":")
    point, _, nth = spec.partition("@")
    hits = {"n": 0}

    def fault(name: str) -> None:
        if name == point:
            hits["n"] += 1
            if hits["n"] == int(nth or 1):
                if action == "error":
                    raise RuntimeError(f"injected fault at {name}")  # the answer is lost
                os._exit(17)  # a real crash: no cleanup, no response

    return fault


def app_from_environment() -> FastAPI:
    """The hub app of one worker process (uvicorn calls this in each worker)."""
    from desktop_app.hub.app import create_app
    from desktop_app.logging_setup import configure_logging
    from desktop_app.paths import DataDir

    home = DataDir(Path(os.environ[ENV_HOME]))
    configure_logging(home.log_file)
    passphrase_file = os.environ.get(ENV_PASSPHRASE_FILE)
    if passphrase_file:  # the parent checked it; a protected root opens the same way here
        from desktop_app.services.common import key_vault

        key_vault.unlock(home.keys, key_vault.read_passphrase_file(Path(passphrase_file)))
    return create_app(
        home, os.environ.get(ENV_DATABASE) or None, fault=fault_hook_from_environment()
    )


def serve(
    home: Path,
    database: str | None,
    host: str,
    port: int,
    workers: int = 1,
    ssl_options: dict[str, Any] | None = None,
) -> None:
    """Run the hub until stopped (uvicorn; raises ``OSError`` when the port is taken)."""
    import uvicorn

    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": "warning",
        "access_log": False,
        **(ssl_options or {}),
    }
    if workers <= 1:
        from desktop_app.hub.app import create_app

        uvicorn.run(create_app(home, database, fault=fault_hook_from_environment()), **options)
        return
    os.environ[ENV_HOME] = str(home)
    if database:
        os.environ[ENV_DATABASE] = database
    else:
        os.environ.pop(ENV_DATABASE, None)
    uvicorn.run(
        "desktop_app.hub.workers:app_from_environment", factory=True, workers=workers, **options
    )
