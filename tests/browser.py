"""A real browser for tests: Debian's Chromium driven by Playwright for Python.

No browser download: Playwright launches the system ``chromium`` (``scripts/setup-env.sh``
installs it) by its executable path; ``--no-sandbox`` because the test machine runs as root.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from playwright.sync_api import Browser, sync_playwright


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        raise AssertionError(
            "Debian's chromium is missing: run IKRAR_SETUP=test scripts/setup-env.sh"
        )
    return found


@contextmanager
def chromium(*args: str, **launch: Any) -> Iterator[Browser]:
    """The browser (``args``: extra Chromium switches, e.g. a fake camera)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=["--no-sandbox", *args], **launch
        )
        try:
            yield browser
        finally:
            browser.close()
