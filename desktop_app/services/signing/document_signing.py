"""Officials signing a document (daftar hadir, certificates, invitation letters) on the pad.

An official's signature image may appear on a document only when that official signed
*that document*: signing the collective declaration does not sign the daftar hadir, and
an image uploaded once does not sign every certificate. Each such signing is an evidence
record like any other (``signature_evidence.record_signature``): the official signs a
short text that names the document and the event, and the record joins this station's
hash chain. Documents without such a record leave the signature space empty for wet ink.

The texts live in ``resources/declarations/<DOCUMENT>.txt`` and are added to an event the
first time someone signs (or asks for) them, so events created before keep their texts.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.models import DeclarationText, Event, Official, Signature
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from desktop_app.services.common.evidence_links import append_links
from desktop_app.services.common.hashing import sha256_text
from desktop_app.services.common.messages import Message, message
from desktop_app.services.common.query_rows import fk
from desktop_app.services.signing.declaration_templates import load_template
from desktop_app.services.signing.declarations import current_text
from desktop_app.services.signing.signature_evidence import record_signature
from desktop_app.services.signing.signature_strokes import StrokeData

# Documents an official signs with a pad signature, and what a person calls them.
SIGNED_DOCUMENTS: dict[str, Message] = {
    "DAFTAR_HADIR": message(
        "document.attendance", QT_TRANSLATE_NOOP("ServiceMessages", "Daftar Hadir")
    ),
    "SERTIFIKAT": message(
        "document.certificate", QT_TRANSLATE_NOOP("ServiceMessages", "Sertifikat")
    ),
    "UNDANGAN": message(
        "document.invitation", QT_TRANSLATE_NOOP("ServiceMessages", "Surat Undangan")
    ),
}


def _check_document(document: str) -> None:
    if document not in SIGNED_DOCUMENTS:
        raise UserError(
            "document_signing.unknown_document",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Dokumen '{document}' tidak ditandatangani pejabat dengan pad."
            ),
            document=document,
        )


def document_text(event: Event, document: str) -> DeclarationText:
    """The text an official signs to sign ``document`` for ``event`` (created on first use)."""
    _check_document(document)
    try:
        return current_text(event, document)
    except NotFoundError:
        template = load_template(document)
        text: DeclarationText = DeclarationText.create(
            event=event,
            key=document,
            version=template.version,
            title=template.title,
            body=template.body,
            body_sha256=sha256_text(template.body),
        )
        append_links([text])  # a text version is a signed link of this station's chain
        return text


def officials_for(event: Event, document: str) -> list[Official]:
    """The event's officials ticked as signing ``document`` (``Official.signs``), in order."""
    return [
        o
        for o in Official.select()
        .where((Official.event == event) & ~Official.removed)
        .order_by(Official.sort_order, Official.created_at)
        if document in o.signs.split(",")
    ]


def record_document_signature(
    event: Event,
    official: Official,
    document: str,
    strokes: StrokeData,
    image_png: bytes,
    consent: bool,
    operator: str = "",
    signed_at: dt.datetime | None = None,
) -> Signature:
    """Store ``official``'s pad signature of ``document`` as an evidence record."""
    _check_document(document)
    if document not in official.signs.split(","):
        raise UserError(
            "document_signing.not_a_signer",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "{name} tidak tercatat sebagai penanda tangan {document}. Centang dokumen itu "
                "pada halaman Acara.",
            ),
            name=official.name,
            document=SIGNED_DOCUMENTS[document],
        )
    text = document_text(event, document)
    return record_signature(
        event,
        text,
        strokes,
        image_png,
        consent,
        official=official,
        operator=operator,
        signed_at=signed_at,
    )


def document_signatures(event: Event, document: str) -> dict[str, Signature]:
    """Each official's earliest evidence record of signing ``document`` (by official id)."""
    _check_document(document)
    found: dict[str, Signature] = {}
    query = (
        Signature.select(Signature, DeclarationText)
        .join(DeclarationText)
        .where(
            (Signature.event == event)
            & Signature.official.is_null(False)
            & (DeclarationText.key == document)
        )
        .order_by(Signature.signed_at.desc())
    )
    for sig in query:
        found[fk(sig, "official")] = sig  # iterated newest first: earliest wins
    return found


def signed_image(event: Event, official: Official, document: str) -> bytes | None:
    """The PNG to print for ``official`` on ``document``, or None (leave room for wet ink)."""
    sig = document_signatures(event, document).get(official.id)
    return bytes(sig.image_png) if sig is not None else None
