"""Rotating log file in the data directory; users never see tracebacks, the log keeps them."""

from __future__ import annotations

import logging
from pathlib import Path

_configured_for: Path | None = None

# Until a log file is configured, log records go nowhere rather than onto a user's terminal.
logging.getLogger("ikrar").addHandler(logging.NullHandler())
logging.getLogger("ikrar").propagate = False


def configure_logging(log_file: Path, level: int = logging.INFO) -> None:
    """Send all ``ikrar`` loggers to a rotating file (1 MB x 5); safe to call repeatedly."""
    global _configured_for
    if _configured_for == log_file:
        return
    import logging.handlers  # here, not at the top: it costs the window's first paint ~5 ms

    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("ikrar")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)
    _configured_for = log_file
