"""``ikrar --help`` in one language: argparse's own words in Indonesian, like our help texts.

argparse looks its words up through the module's ``_``/``ngettext`` (gettext) at the moment
it formats them, and Python ships no Indonesian catalogue for it; the CLI points those two
names at this table, so "usage:", "options" and the error lines match the rest of the help.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "optional arguments": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak valid: %(value)r (pilih dari %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak valid: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "paling sedikit satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan tidak jelas: %(option)s bisa berarti %(matches)s"
    ),
    "ignored explicit argument %r": "argumen %r diabaikan",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' tidak dapat dibuka: %(error)s",
}


def language_of(argv: Sequence[str]) -> str:
    """The ``--lang`` asked for on this command line (before parsing it), else Indonesian."""
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return "id"


def use_help_language(language: str) -> None:
    """Make argparse speak ``language`` (Indonesian; English is argparse's own)."""
    if language != "id":
        return

    def translate(text: str) -> str:
        return ARGPARSE_ID.get(text, text)

    def translate_plural(singular: str, plural: str, count: int) -> str:
        return translate(singular if count == 1 else plural)

    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]
