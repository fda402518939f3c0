"""Service messages are data: a code, an Indonesian template marked for lupdate, parameters.

The source checks read the tree (``ast``) the way ``pyside6-lupdate`` does: every error and
message is made with its template inside ``QT_TRANSLATE_NOOP("ServiceMessages", "...")``
where it is written, every template field is given a value, one code means one template,
and every template has a real English translation with the same fields.
"""

from __future__ import annotations

import ast
import pickle
import re
import string
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

from desktop_app.services.common.errors import NotFoundError, UserError
from desktop_app.services.common.messages import (
    CONTEXT,
    QT_TRANSLATE_NOOP,
    Message,
    message,
    message_from_json,
    render,
)
from tools.build_translations import ts_file

REPO = Path(__file__).resolve().parents[2]
# Constructors taking (code, template, /, *, field="", **params).
STANDARD = {
    "UserError",
    "NotFoundError",
    "SyncError",
    "BundleError",
    "PinningError",
    "message",
    "Message",
    "MalformedToken",
}
# UserError subclasses with a constructor of their own (they build their message inside).
CUSTOM = {"DuplicateAttendeeError", "UntrustedBundleError", "IdentifierError"}
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
NOT_PARAMS = {"field"}


def _fields(template: str) -> set[str]:
    return {
        re.split(r"[.\[]", name)[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None
    }


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _marker(node: ast.expr) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP("ServiceMessages", "...")``, else None."""
    if not (isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP"):
        return None
    context, source = node.args
    assert isinstance(context, ast.Constant) and context.value == CONTEXT, ast.unparse(node)
    assert isinstance(source, ast.Constant) and isinstance(source.value, str), ast.unparse(node)
    return source.value


def _sources() -> list[tuple[str, ast.Module]]:
    files = sorted((REPO / "desktop_app").rglob("*.py"))
    return [
        (str(p.relative_to(REPO)), ast.parse(p.read_text(encoding="utf-8")))
        for p in files
        if "forms" not in p.relative_to(REPO).parts
    ]


def _service_markers() -> set[str]:
    found = set()
    for _, tree in _sources():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and _name(node.func) == "QT_TRANSLATE_NOOP"
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == CONTEXT
            ):
                template = _marker(node)
                assert template is not None
                found.add(template)
    return found


def test_every_error_and_message_is_a_code_and_a_marked_template() -> None:
    problems: list[str] = []
    templates_of: dict[str, set[str]] = defaultdict(set)
    checked = 0
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            is_super = name == "__init__" and isinstance(node.func, ast.Attribute)
            if name not in STANDARD and not is_super:
                continue
            if name in {"message", "Message"} and not isinstance(node.func, ast.Name):
                continue  # a method of that name (CheckinResult.message, ...)
            where = f"{path}:{node.lineno}: {ast.unparse(node)[:90]}"
            # super().__init__ of a custom error counts when it passes a template.
            if is_super and (len(node.args) < 2 or _marker(node.args[1]) is None):
                continue
            if name == "Message" and path.endswith(("common/messages.py", "people/identifiers.py")):
                continue  # plumbing, and identifiers' MESSAGES (checked below)
            if len(node.args) >= 2 and all(isinstance(a, ast.Name) for a in node.args[:2]):
                continue  # passes on a code and template it was given; its callers are checked
            if len(node.args) < 2 or not isinstance(node.args[0], ast.Constant):
                problems.append(f"{where}: needs (code, QT_TRANSLATE_NOOP(...), ...)")
                continue
            code, template = node.args[0].value, _marker(node.args[1])
            if template is None:
                problems.append(f"{where}: template not marked with QT_TRANSLATE_NOOP")
                continue
            if not isinstance(code, str) or not CODE.match(code):
                problems.append(f"{where}: code {code!r} is not a dotted lower-case code")
                continue
            templates_of[code].add(template)
            checked += 1
            given = {k.arg for k in node.keywords if k.arg is not None} - NOT_PARAMS
            if any(k.arg is None for k in node.keywords):  # **values: at least the fields
                continue
            if _fields(template) != given:
                problems.append(f"{where}: fields {_fields(template)} but values for {given}")
    assert problems == [], "\n".join(problems)
    assert checked > 150  # the checks really saw the tree
    doubled = {code: t for code, t in templates_of.items() if len(t) > 1}
    assert doubled == {}, "one code, one template"


def test_errors_are_never_raised_with_ready_made_text() -> None:
    """``raise UserError(f"...")`` or ``UserError(str(exc))`` would bypass translation."""
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                name = _name(node.exc.func)
                if name in STANDARD | CUSTOM and node.exc.args:
                    first = node.exc.args[0]
                    if isinstance(first, (ast.JoinedStr, ast.BinOp)) or (
                        isinstance(first, ast.Call) and _name(first.func) == "str"
                    ):
                        found.append(f"{path}:{node.lineno}")
    assert found == []


def test_identifier_messages_are_marked_templates() -> None:
    from desktop_app.services.people import identifiers

    tree = ast.parse(Path(identifiers.__file__).read_text(encoding="utf-8"))
    assigned = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "MESSAGES"
    )
    assert isinstance(assigned.value, ast.Dict)
    marked = {_marker(v) for v in assigned.value.values}
    assert None not in marked and marked == set(identifiers.MESSAGES.values())


def _translations() -> dict[str, str]:
    root = ET.parse(ts_file("en")).getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for item in context.iter("message"):
            translation = item.find("translation")
            finished = translation is not None and translation.get("type") is None
            out[item.findtext("source") or ""] = (
                (translation.text or "") if finished and translation is not None else ""
            )
    return out


def test_every_template_has_an_english_translation_with_the_same_fields() -> None:
    translations = _translations()
    templates = _service_markers()
    missing = sorted(t for t in templates if not translations.get(t, "").strip())
    assert missing == [], "run python -m tools.build_translations and translate"
    stale = sorted(set(translations) - templates)
    assert stale == [], "the .ts has ServiceMessages no code writes"
    mismatched = [t for t in templates if _fields(t) != _fields(translations[t])]
    assert mismatched == []
    copied = [t for t in templates if translations[t] == t and _fields(t) != {t.strip("{}")}]
    assert copied == [], "an English translation, not a copy of the Indonesian"


def test_pyside6_lupdate_collects_the_qt_free_marker(tmp_path: Path) -> None:
    """The marker is a plain function; lupdate must still see calls to it by name."""
    import subprocess

    from tools.build_translations import _tool

    source = tmp_path / "service.py"
    source.write_text(
        "from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError\n"
        "raise UserError(\n"
        '    "demo.code",\n'
        '    QT_TRANSLATE_NOOP("ServiceMessages", "Baris satu "\n'
        '                      "dan dua {n}."),\n'
        "    n=1,\n"
        ")\n",
        encoding="utf-8",
    )
    ts = tmp_path / "out.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), str(source), "-ts", str(ts), "-silent"],
        check=True,
        cwd=tmp_path,
        timeout=120,
    )
    sources = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")]
    assert sources == ["Baris satu dan dua {n}."]


def test_an_error_is_indonesian_text_and_data() -> None:
    error = NotFoundError(
        "event.not_found",
        QT_TRANSLATE_NOOP("ServiceMessages", "Acara dengan kode '{code}' tidak ditemukan."),
        field="event",
        code="ZZ99",
    )
    assert str(error) == "Acara dengan kode 'ZZ99' tidak ditemukan."
    assert (error.code, error.field, dict(error.params)) == (
        "event.not_found",
        "event",
        {"code": "ZZ99"},
    )
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is NotFoundError and str(again) == str(error)
    assert again.message == error.message and again.field == "event"


def test_render_translates_template_and_nested_messages() -> None:
    problem = message(
        "demo.inner", QT_TRANSLATE_NOOP("ServiceMessages", "NIP harus {n} digit."), n=18
    )
    outer = UserError(
        "demo.outer",
        QT_TRANSLATE_NOOP("ServiceMessages", "NIP {name}: {problem}"),
        name="Ani",
        problem=problem,
    )
    english = {
        "NIP {name}: {problem}": "NIP of {name}: {problem}",
        "NIP harus {n} digit.": "The NIP must be {n} digits.",
    }

    def translate(context: str, source: str) -> str:
        assert context == CONTEXT
        return english.get(source, source)

    assert str(outer) == "NIP Ani: NIP harus 18 digit."
    assert render(outer.message, translate) == "NIP of Ani: The NIP must be 18 digits."
    several = message(
        "demo.list", QT_TRANSLATE_NOOP("ServiceMessages", "{problems}"), problems=[problem] * 2
    )
    assert render(several, translate) == "The NIP must be 18 digits. The NIP must be 18 digits."


def test_a_broken_translation_falls_back_to_indonesian() -> None:
    msg = message("demo.x", QT_TRANSLATE_NOOP("ServiceMessages", "Hub {url} diam."), url="h")
    assert render(msg, lambda c, s: "Hub {address} is silent.") == "Hub h diam."
    with pytest.raises(KeyError):  # a template without its value is a bug, not a fallback
        render(Message("demo.y", "Hub {url} diam.", {}))


def test_messages_survive_storage_as_json() -> None:
    inner = message("demo.inner", QT_TRANSLATE_NOOP("ServiceMessages", "isi {n}"), n=3)
    outer = message(
        "demo.outer", QT_TRANSLATE_NOOP("ServiceMessages", "A: {x} {y}"), x=inner, y=[inner]
    )
    assert message_from_json(outer.to_json()) == outer
    assert str(message_from_json("Teks lama apa adanya {bukan templat}")) == (
        "Teks lama apa adanya {bukan templat}"
    )


def test_cli_errors_are_indonesian_unless_english_is_asked_for(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    default = run_cli("checkin", "ZZZ9", "Ani", home=tmp_path / "home")
    assert default.returncode == 1
    assert default.stderr == "ikrar: Acara dengan kode 'ZZZ9' tidak ditemukan.\n"
    english = run_cli("--lang", "en", "checkin", "ZZZ9", "Ani", home=tmp_path / "home")
    assert english.returncode == 1
    assert english.stderr == "ikrar: No event with code 'ZZZ9'.\n"
