"""``ikrar --help`` speaks one language: Indonesian by default, English with ``--lang en``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.help_language import ARGPARSE_ID, HELP_EN
from desktop_app.cli.main import COMMAND_MODULES, build_parser
from tests.conftest import run_cli


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    texts = [t for t in (parser.description, parser.epilog) if t]
    for action in parser._actions:
        if isinstance(action.help, str) and action.help != argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [c.help for c in action._choices_actions if isinstance(c.help, str)]
            for sub in action.choices.values():
                texts += _help_texts(sub)
    return texts


def test_every_help_text_has_its_english() -> None:
    argparse_own = set(ARGPARSE_ID)
    missing = [
        text
        for text in _help_texts(build_parser(COMMAND_MODULES))
        if text not in HELP_EN and text not in argparse_own
    ]
    assert not missing, f"add English for these to cli/help_language.HELP_EN: {missing}"


def test_english_help_is_english_throughout(tmp_path: Path) -> None:
    main = run_cli("--lang", "en", "--help", home=tmp_path / "h")
    assert main.returncode == 0
    assert main.stdout.startswith("usage: ikrar") and "COMMAND" in main.stdout
    assert "open the window" in main.stdout and "buka aplikasi" not in main.stdout
    sub = run_cli("--lang", "en", "import", "--help", home=tmp_path / "h")
    assert "dry run: show the result without saving" in sub.stdout
    assert "uji coba" not in sub.stdout and "file .xlsx" not in sub.stdout
    indonesian = run_cli("import", "--help", home=tmp_path / "h")
    assert indonesian.stdout.startswith("pemakaian: ikrar import")
    assert "uji coba: tampilkan hasil tanpa menyimpan" in indonesian.stdout
    assert "show this help" not in indonesian.stdout
