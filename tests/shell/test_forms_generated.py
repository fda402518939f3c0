"""Generated form modules match their ``forms/**/*.ui`` sources (nobody hand-edits them)."""

from __future__ import annotations

from tools.build_forms import FORMS, OUTPUT, main


def test_generated_forms_are_fresh() -> None:
    sources = sorted(FORMS.rglob("*.ui"))
    # Most forms live in area folders (forms/<area>/); the check must see those too.
    assert any(ui.parent != FORMS for ui in sources), "no forms found in area folders"
    expected = {ui.relative_to(FORMS).parent / f"ui_{ui.stem}.py" for ui in sources}
    generated = {p.relative_to(OUTPUT) for p in OUTPUT.rglob("ui_*.py")}
    assert expected <= generated, f"not generated: {sorted(map(str, expected - generated))}"
    assert generated <= expected, f"no .ui source: {sorted(map(str, generated - expected))}"
    assert main(["--check"]) == 0, "run: python -m tools.build_forms"
