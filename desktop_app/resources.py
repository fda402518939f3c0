"""One resolver for bundled files (forms, fonts, templates) from source and from PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """Folder holding ``forms/`` and ``resources/``: PyInstaller's unpack dir or the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return bundle_root().joinpath("resources", *parts)


def docs_path(*parts: str) -> Path:
    """Path of a user guide page under ``docs/`` (shipped for Help → Panduan pengguna)."""
    return bundle_root().joinpath("docs", *parts)


def form_path(name: str) -> Path:
    """Path of a Qt Designer file under ``forms/``."""
    return bundle_root() / "forms" / name
