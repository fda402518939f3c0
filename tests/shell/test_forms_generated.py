"""Generated form modules match their ``forms/*.ui`` sources (nobody hand-edits them)."""

from __future__ import annotations

from tools.build_forms import FORMS, main


def test_generated_forms_are_fresh() -> None:
    assert list(FORMS.glob("*.ui")), "no forms found"
    assert main(["--check"]) == 0, "run: python -m tools.build_forms"
