"""Update the English translation source and build the compiled catalogue.

``python -m tools.build_translations`` runs ``pyside6-lupdate`` over ``desktop_app/`` (Python
sources, minus the generated ``ui_*.py``) and ``forms/**/*.ui`` to refresh
``resources/translations/ikrar_en.ts`` (translators edit it with Qt Linguist), then
``pyside6-lrelease`` to build ``ikrar_en.qm`` which the app loads. Commit both.
``--check`` exits 1 when the ``.qm`` is stale against the ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("en",)
# Catalogues for Qt's own dialogs in languages Qt ships none for (edited by hand, only built).
QT_CATALOGUES = ("qtbase_id",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    """Files that hold user-facing strings: Python code and Designer forms."""
    python = [
        p for p in sorted((REPO / "desktop_app").rglob("*.py")) if not p.name.startswith("ui_")
    ]
    return python + sorted((REPO / "forms").rglob("*.ui"))


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"ikrar_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"ikrar_{language}.qm"


def update_ts(language: str) -> None:
    files = [str(p.relative_to(REPO)) for p in sources()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-source-language",
            "id",
            "-target-language",
            language,
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(ts_file(language).relative_to(REPO)),
        ],
        cwd=REPO,
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def qm_is_fresh(language: str) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / "check.qm"
        release(ts_file(language), built)
        return qm_file(language).exists() and built.read_bytes() == qm_file(language).read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report a stale .qm")
    parser.add_argument(
        "--no-update",
        action="store_true",
        help="build the .qm from the .ts without scanning sources",
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = [qm_file(lang).name for lang in LANGUAGES if not qm_is_fresh(lang)]
        stale += [f"{name}.qm" for name in QT_CATALOGUES if not qt_catalogue_is_fresh(name)]
        if stale:
            print("stale translations: " + ", ".join(stale))
            return 1
        return 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if not args.no_update:
            update_ts(language)
        release(ts_file(language), qm_file(language))
    for name in QT_CATALOGUES:
        release(TRANSLATIONS / f"{name}.ts", TRANSLATIONS / f"{name}.qm")
    return 0


def qt_catalogue_is_fresh(name: str) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / "check.qm"
        release(TRANSLATIONS / f"{name}.ts", built)
        qm = TRANSLATIONS / f"{name}.qm"
        return qm.exists() and built.read_bytes() == qm.read_bytes()


if __name__ == "__main__":
    sys.exit(main())
