"""The passphrase of protected private keys on the command line: never from argv.

Every command takes ``--passphrase-file BERKAS`` (first line of the file); the environment
variable ``IKRAR_PASSPHRASE_FILE`` names such a file for scripts and for hub worker
processes. Given either, a protected folder is unlocked before the command starts, so a
wrong passphrase stops it before anything changed. Without them the passphrase is asked
when a key is first needed, if stdin is a terminal; otherwise the command ends with
"Kunci stasiun terkunci: …" (exit 1). Stations that never turned protection on see no
difference.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app.services.common import key_vault
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

ENV_PASSPHRASE_FILE = "IKRAR_PASSPHRASE_FILE"
OPTION_HELP = "berkas berisi frasa sandi kunci privat (baris pertama), bila kunci dilindungi"
STDIN_HELP = "baca frasa sandi kunci privat dari baris pertama masukan standar (untuk program)"


def add_passphrase_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--passphrase-file`` on ``parser`` and every subcommand below it."""
    parser.add_argument(
        "--passphrase-file",
        metavar="BERKAS",
        dest="passphrase_file",
        # Below the top level the default must not overwrite a value given before the command.
        default=None if top else argparse.SUPPRESS,
        help=OPTION_HELP,
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        dest="passphrase_stdin",
        default=False if top else argparse.SUPPRESS,
        help=STDIN_HELP,
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                add_passphrase_option(child)


def passphrase_file_of(args: Any) -> str | None:
    """The passphrase file named by ``--passphrase-file`` or ``IKRAR_PASSPHRASE_FILE``."""
    return getattr(args, "passphrase_file", None) or os.environ.get(ENV_PASSPHRASE_FILE) or None


def _ask(folder: Path) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Frasa sandi kunci ({folder.parent}): ")


def install_passphrase_source(args: Any) -> None:
    """Answer locked-key questions for this command, and unlock now if a file was given."""
    from desktop_app.paths import resolve_home

    name = passphrase_file_of(args)
    if getattr(args, "passphrase_stdin", False):
        # The window hands the passphrase to the hub it starts through a pipe, never argv.
        passphrase = sys.stdin.readline().rstrip("\r\n") if sys.stdin else ""
    elif name is None:
        key_vault.set_passphrase_source(_ask)
        return
    else:
        passphrase = key_vault.read_passphrase_file(Path(name))
    key_vault.set_passphrase_source(lambda _folder: passphrase)
    keys = resolve_home(getattr(args, "home", None)).keys
    if key_vault.is_protected(keys):
        key_vault.unlock(keys, passphrase)  # a wrong passphrase ends the command here


def _from_file_or_terminal(args: Any) -> str | None:
    """The passphrase file's content when one was given; None when a terminal can ask;
    otherwise the command cannot go on."""
    name = passphrase_file_of(args)
    if name is not None:
        return key_vault.read_passphrase_file(Path(name))
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(
            "keys.passphrase_needed",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Frasa sandi diperlukan: berikan --passphrase-file BERKAS atau jalankan di "
                "terminal.",
            ),
        )
    return None


def new_passphrase(args: Any) -> str:
    """A new passphrase for ``keys protect``: from the file, else asked twice."""
    given = _from_file_or_terminal(args)
    if given is not None:
        return given
    first = getpass.getpass("Frasa sandi baru untuk kunci privat: ")
    if getpass.getpass("Ulangi frasa sandi: ") != first:
        raise UserError(
            "keys.passphrase_mismatch",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Kedua frasa sandi tidak sama; tidak ada yang diubah."
            ),
        )
    return first


def current_passphrase(args: Any) -> str:
    """The current passphrase for ``keys unprotect``: from the file, else asked once."""
    given = _from_file_or_terminal(args)
    if given is not None:
        return given
    return getpass.getpass("Frasa sandi kunci privat: ")
