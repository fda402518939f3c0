"""Certificate templates: a background image plus ``layout.json`` (field positions in mm).

Shipped templates live in ``resources/certificates/<name>/``. A template edited in the GUI
is saved for the event into the data directory, ``<home>/templates/<name>/`` (layout,
background copy, optional ``logo.png`` and ``signature.png``), and the event's
``certificate_template`` names it. The official's signature image comes from
``Official.signature_png`` when set (synced), else from the template folder's
``signature.png``; the organizer's logo is the template folder's ``logo.png``.

Layout coordinates: ``x``/``y`` in millimetres from the top-left corner of the page. For
text, ``x`` is the anchor of the alignment (left edge, centre or right edge) and ``y`` the
baseline; ``width`` is the box the text must fit (it shrinks or wraps, never overflows).
"""

from __future__ import annotations

import copy
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.resources import resource_path

LAYOUT_FILE = "layout.json"
CUSTOM_FOLDER = "templates"


@dataclass
class Template:
    name: str
    folder: Path
    layout: dict[str, Any]
    label: str = ""
    fields: list[dict[str, Any]] = field(default_factory=list)

    @property
    def background(self) -> Path | None:
        name = self.layout.get("background")
        if not name:
            return None
        path = Path(name) if Path(name).is_absolute() else self.folder / name
        return path if path.exists() else None

    @property
    def logo(self) -> Path | None:
        path = self.folder / "logo.png"
        return path if path.exists() else None

    @property
    def signature(self) -> Path | None:
        path = self.folder / "signature.png"
        return path if path.exists() else None

    def field(self, key: str) -> dict[str, Any] | None:
        return next((f for f in self.fields if f.get("key") == key), None)

    def copy(self) -> Template:
        layout = copy.deepcopy(self.layout)
        return Template(self.name, self.folder, layout, self.label, layout.get("fields", []))


def shipped_root() -> Path:
    return resource_path("certificates")


def _custom_root(home_root: Path | None) -> Path | None:
    return home_root / CUSTOM_FOLDER if home_root is not None else None


def template_names(home_root: Path | None = None) -> list[str]:
    """Shipped template names, then the ones saved in the data directory."""
    names = sorted(p.parent.name for p in shipped_root().glob(f"*/{LAYOUT_FILE}"))
    custom = _custom_root(home_root)
    if custom is not None and custom.exists():
        names += sorted(
            p.parent.name for p in custom.glob(f"*/{LAYOUT_FILE}") if p.parent.name not in names
        )
    return names


def load_template(name: str, home_root: Path | None = None) -> Template:
    """A template by name (data-directory copy first); falls back to ``klasik``."""
    candidates = []
    custom = _custom_root(home_root)
    if custom is not None:
        candidates.append(custom / name)
    candidates += [shipped_root() / name, shipped_root() / "klasik"]
    for folder in candidates:
        layout_file = folder / LAYOUT_FILE
        if layout_file.exists():
            layout = json.loads(layout_file.read_text(encoding="utf-8"))
            return Template(
                folder.name,
                folder,
                layout,
                layout.get("label", folder.name),
                layout.get("fields", []),
            )
    raise FileNotFoundError(f"no certificate template {name!r}")


def save_template(
    template: Template,
    new_name: str,
    home_root: Path,
    background: Path | None = None,
    logo: Path | None = None,
) -> Template:
    """Write ``template`` (possibly edited) as ``<home>/templates/<new_name>/``."""
    safe = "".join(ch for ch in new_name if ch.isalnum() or ch in "-_").strip("-_")
    if not safe:
        raise ValueError("template name must contain letters or digits")
    folder = home_root / CUSTOM_FOLDER / safe
    folder.mkdir(parents=True, exist_ok=True)
    layout = copy.deepcopy(template.layout)
    layout["name"] = safe
    layout["fields"] = copy.deepcopy(template.fields)
    source_bg = background or template.background
    if source_bg is not None:
        target = folder / ("background" + source_bg.suffix.lower())
        if source_bg.resolve() != target.resolve():
            shutil.copyfile(source_bg, target)
        layout["background"] = target.name
    for extra, name in ((logo or template.logo, "logo.png"), (template.signature, "signature.png")):
        if extra is not None and extra.resolve() != (folder / name).resolve():
            shutil.copyfile(extra, folder / name)
    tmp = folder / (LAYOUT_FILE + ".tmp")
    tmp.write_text(json.dumps(layout, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(folder / LAYOUT_FILE)
    return load_template(safe, home_root)


def font_names() -> list[str]:
    """Fonts a layout may use: the TTF files shipped in ``resources/fonts``."""
    return sorted(p.stem for p in resource_path("fonts").glob("*.ttf"))
