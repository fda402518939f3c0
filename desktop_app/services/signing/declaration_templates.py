"""Declaration texts shipped in ``resources/declarations/``: a small header, ``---``, the body.

Bodies carry placeholders ({nama}, {nip}, {nrp}, {label_nomor_induk}, {nomor_induk},
{dasar_hukum}, {jabatan}, {instansi}, {acara}, {tempat},
{tanggal}, {wilayah}) filled in for each signer, so the exact text signed can be stored.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from desktop_app.models.categories import DECLARATION_KEYS
from desktop_app.resources import resource_path


@dataclass(frozen=True)
class DeclarationTemplate:
    key: str
    title: str
    version: int
    body: str


def load_template(key: str) -> DeclarationTemplate:
    """Read the shipped template for a declaration key (ASN, DESA, TNI_POLRI, UMUM, KOLEKTIF)."""
    text = resource_path("declarations", f"{key}.txt").read_text(encoding="utf-8")
    header, _, body = text.partition("\n---\n")
    meta = dict(line.split(":", 1) for line in header.splitlines() if ":" in line)
    return DeclarationTemplate(
        key=key,
        title=meta.get("title", key).strip(),
        version=int(meta.get("version", "1").strip()),
        body=body.strip() + "\n",
    )


def default_templates() -> list[DeclarationTemplate]:
    """All shipped templates, in the order of ``DECLARATION_KEYS``."""
    return [load_template(key) for key in DECLARATION_KEYS]


class _KeepMissing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(body: str, values: dict[str, str]) -> str:
    """Fill placeholders; unknown ones stay visible rather than failing mid-event."""
    return string.Formatter().vformat(body, (), _KeepMissing(values))
