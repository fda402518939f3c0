"""Compile Qt Designer forms: ``forms/<area>/<name>.ui`` → ``ui/forms/<area>/ui_<name>.py``.

Run ``python -m tools.build_forms`` after editing a form; ``--check`` exits 1 when a
generated module is missing or stale (tests run it), ignoring the generator's header.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORMS = REPO / "forms"
OUTPUT = REPO / "desktop_app" / "ui" / "forms"


def _uic() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found (install PySide6-Essentials)")
    return [found]


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([*_uic(), str(ui_file)], capture_output=True, text=True, check=True)
    return prune_imports(result.stdout)


_QT_IMPORT = re.compile(r"^from (PySide6\.Qt\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.M | re.S)


def prune_imports(source: str) -> str:
    """Import only the Qt names the form uses. uic imports a fixed list (QGradient,
    QPainter, QPalette, ...), and PySide6 builds each class and its enums on first import:
    the main window's form cost the first paint ~20 ms for classes it never touches."""
    tree = ast.parse(source)
    used = {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    } | {
        node.value.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
    }

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).replace("\n", " ").split(",") if n.strip()]
        wanted = [n for n in names if n in used]
        if not wanted:
            return ""
        return f"from {match.group(1)} import ({', '.join(wanted)})\n"

    return _QT_IMPORT.sub(keep, source)


def _body(text: str) -> str:
    # The header names the uic version; what matters is the code below it.
    return "\n".join(line for line in text.splitlines() if not line.startswith("##"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args(argv)
    stale = []
    for ui_file in sorted(FORMS.rglob("*.ui")):
        relative = ui_file.relative_to(FORMS)
        target = OUTPUT / relative.parent / f"ui_{ui_file.stem}.py"
        generated = compile_form(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if _body(current) != _body(generated):
            stale.append(str(target.relative_to(OUTPUT)))
            if not args.check:
                target.parent.mkdir(parents=True, exist_ok=True)
                package = target.parent / "__init__.py"
                if not package.exists():
                    package.write_text("")
                target.write_text(generated, encoding="utf-8")
    if args.check and stale:
        print("stale generated forms: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
