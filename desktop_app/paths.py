"""Where Ikrar keeps its data: one directory holding database, keys, documents, logs, backups.

Resolution order: an explicit ``--home`` (passed in by the CLI), then ``IKRAR_HOME``,
then the platform's per-user data directory (platformdirs), so tests and portable
installs can point anywhere while normal users never have to think about it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "IKRAR_HOME"


@dataclass(frozen=True)
class DataDir:
    """The layout of one Ikrar data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "ikrar.sqlite3"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "ikrar.log"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> DataDir:
        """Create the directory tree (idempotent) and return self."""
        for folder in (self.root, self.keys, self.documents, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> DataDir:
    """Return the data directory to use, without creating it."""
    if explicit:
        return DataDir(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(ENV_HOME)
    if from_env:
        return DataDir(Path(from_env).expanduser().resolve())
    import platformdirs

    return DataDir(Path(platformdirs.user_data_dir("Ikrar", "Ikrar", roaming=False)))
