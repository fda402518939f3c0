"""The hub a protected station starts from its window ("Jadikan laptop ini hub"): its
organizer root sits inside the station's data folder, so it is sealed with the same
passphrase, which the window hands to the hub process through a pipe (never argv)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.paths import DataDir
from desktop_app.services.common import key_vault
from desktop_app.ui.context import AppContext
from tests.keys import type_text
from tests.sync.harness import free_port

pytestmark = [pytest.mark.gui, pytest.mark.slow]

PASSPHRASE = "Kopi Tubruk 2024"


@pytest.fixture(autouse=True)
def _fresh_vault() -> Iterator[None]:
    from desktop_app.ui.key_protection_dialogs import remember_passphrase

    key_vault.forget_unlocked()
    remember_passphrase(None)
    yield
    key_vault.forget_unlocked()
    remember_passphrase(None)


def test_window_hub_of_a_protected_station_runs_with_a_sealed_root(
    qtbot, home: Path, demo_event
) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization

    from desktop_app.services.common.station_key import station_key
    from desktop_app.ui.key_protection_dialogs import KeyUnlockDialog, session_passphrase
    from desktop_app.ui.sync.hub_runner import HubState, hub_runner

    station_key()
    key_vault.protect_data_folder(home, PASSPHRASE)
    key_vault.forget_unlocked()
    ctx = AppContext(DataDir(home), operator="Rina")
    runner = hub_runner(ctx)
    runner.host, runner.port = "127.0.0.1", free_port()
    try:
        runner.start()  # still locked: says so instead of starting a hub without its root
        assert runner.state is HubState.FAILED and "Buka kunci stasiun" in runner.error

        dialog = KeyUnlockDialog(home / "keys")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.passphrase_edit.setFocus()
        type_text(dialog.passphrase_edit, PASSPHRASE)
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        assert session_passphrase() == PASSPHRASE

        runner.start()
        qtbot.waitUntil(lambda: runner.state is HubState.RUNNING, timeout=30_000)
        qtbot.waitUntil(lambda: runner.pairing is not None, timeout=30_000)
        assert "--passphrase-stdin" in runner._process.arguments()  # type: ignore[union-attr]
        assert PASSPHRASE not in " ".join(runner._process.arguments())  # type: ignore[union-attr]
    finally:
        runner.stop()
    hub_keys = home / "hub" / "keys"
    assert key_vault.is_protected(hub_keys)
    root_file = hub_keys / "organizer_root.pem"
    assert root_file.read_bytes().startswith(b"{")  # made by the hub process, sealed at once
    # Opened with the passphrase, the root is a real key; its bytes are nowhere in the folder.
    key_vault.unlock(hub_keys, PASSPHRASE)
    root = key_vault.load_private_key(root_file)
    raw = root.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    der = root.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    for path in (p for p in home.rglob("*") if p.is_file()):
        data = path.read_bytes()
        assert raw not in data and der not in data, path
