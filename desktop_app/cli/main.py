"""The ``ikrar`` command. Exit codes: 0 success, 1 user error (one line on stderr), 2 usage.

Subcommands live in one ``cli/<area>.py`` module per area, each exposing ``register(subparsers)``;
a handler receives the parsed args and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app import __version__, logging_setup  # noqa: F401  (silences logs until set up)
from desktop_app.cli.passphrase import add_passphrase_option, install_passphrase_source
from desktop_app.services.common.errors import UserError
from desktop_app.services.common.text_hygiene import terminal_safe

log = logging.getLogger("ikrar.cli")

COMMAND_MODULES = [
    "desktop_app.cli.events",
    "desktop_app.cli.certificates",
    "desktop_app.cli.sync",
    "desktop_app.cli.signing",
    "desktop_app.cli.registration",
    "desktop_app.cli.root",
]


class ArgumentParser(argparse.ArgumentParser):
    """argparse that exits with 2 and a one-line hint (no traceback) on usage errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: galat: {message}\n")


# Opening the window needs only the parser of `gui` (registered here with demo and events):
# building every command's parser costs the window ~8 ms of start-up.
GUI_COMMAND_MODULE = "desktop_app.cli.events"


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> ArgumentParser:
    parser = ArgumentParser(
        prog="ikrar",
        description="Ikrar — meja registrasi acara deklarasi netralitas.",
    )
    parser.add_argument("--version", action="version", version=f"ikrar {__version__}")
    parser.add_argument(
        "--lang",
        dest="message_language",
        choices=["id", "en"],
        default="id",
        help="bahasa pesan kesalahan: id (bawaan) atau en",
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="folder data (basis data, kunci, dokumen, log); bawaan: $IKRAR_HOME atau folder "
        "data pengguna",
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="PERINTAH", parser_class=ArgumentParser
    )
    for module_name in modules:
        importlib.import_module(module_name).register(subparsers)
    add_passphrase_option(parser, top=True)  # protected keys: every command may need them
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (before parsing it): the first word that is neither
    an option nor the value of ``--home``."""
    words = iter(argv)
    for word in words:
        if word in {"--home", "--passphrase-file"}:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


class _TerminalSafe:
    """A text stream that shows control and bidi characters as escapes.

    Names come from invitation lists and other stations; printed raw, ``\\x1b[31m``
    would recolour (or worse, retitle and rewrite) the operator's terminal.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._stream.write(terminal_safe(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(stdout), _TerminalSafe(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = command_of(arguments)
    if command != "hub":
        from desktop_app.db_drivers import hide_server_drivers

        hide_server_drivers()  # a station only opens SQLite; only the hub needs PostgreSQL
    from desktop_app.cli.help_language import language_of, translate_parser, use_help_language

    use_help_language(language_of(arguments))  # --help and usage errors in one language
    asks = {"-h", "--help", "--version"} & set(arguments)
    opens_window = command == "gui" or (command is None and not asks)
    parser = build_parser([GUI_COMMAND_MODULE] if opens_window else COMMAND_MODULES)
    translate_parser(parser, language_of(arguments))
    args = parser.parse_args(arguments)
    if args.command is None:
        from desktop_app.cli.events import run_gui

        args.demo = False
        args.lang = None
        return run_gui(args)
    try:
        install_passphrase_source(args)
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"ikrar: {_error_line(exc, args.message_language)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ikrar: dibatalkan.", file=sys.stderr)
        return 1
    except Exception as exc:  # the user gets one line; the log gets the traceback
        log.exception("unexpected error in 'ikrar %s'", args.command)
        print(
            f"ikrar: terjadi kesalahan tak terduga ({type(exc).__name__}: {exc}). "
            "Rincian ada di log.",
            file=sys.stderr,
        )
        return 1


def _error_line(error: UserError, language: str) -> str:
    """The error's message, Indonesian unless ``--lang en`` asked for English."""
    if language == "id":
        return str(error)
    from desktop_app.cli.message_language import translator
    from desktop_app.services.common.messages import render

    return render(error.message, translator(language) or (lambda context, source: source))


if __name__ == "__main__":
    sys.exit(main())
