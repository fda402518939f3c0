"""``ikrar certificates`` issues and renders in one transaction: the workers draw the new
certificates from memory while this process writes their rows; all or nothing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from desktop_app.documents.certificates.issue_and_render import issue_and_render
from desktop_app.documents.common import batch_render
from desktop_app.models import Certificate, CertificateNumberBlock, Change
from desktop_app.services.certificates.issuing import active_certificates, issue_missing
from desktop_app.services.common.errors import UserError
from tests.factories import attend


def _page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]
    finally:
        pdf.close()


@pytest.mark.parametrize("processes", [1, 2])
def test_new_and_earlier_certificates_render_in_order_and_are_stored(
    cert_event, tmp_path: Path, processes: int
) -> None:  # type: ignore[no-untyped-def]
    people = attend(cert_event, 24)
    earlier = issue_missing(cert_event, "meja-1", people[:9])
    out = tmp_path / "semua.pdf"
    run = issue_and_render(cert_event, out, operator="cli", processes=processes)
    assert run.new_count == 15 and run.batch.count == 24 and not run.batch.cancelled
    stored = active_certificates(cert_event)  # what the GUI lists, in its order
    assert len(stored) == 24
    assert {c.number for c in earlier} <= {c.number for c in stored}  # earlier keep theirs
    texts = _page_texts(out)
    assert len(texts) == 24
    for page, cert in zip(texts, stored, strict=True):
        assert cert.number in page
        assert cert.holder_name.split(",")[0].split()[0] in page
    # The new rows went to the outbox in the same transaction, once each.
    logged = Change.select().where(Change.table_name == "certificate").count()
    assert logged == 24
    assert not out.with_name(out.name + ".part").exists()


def test_a_failed_render_leaves_neither_new_numbers_nor_a_file(
    cert_event, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    attend(cert_event, 6)

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch_render, "_render_sequential", disk_full)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError):
        issue_and_render(cert_event, folder / "x.pdf", operator="cli", processes=1)
    assert Certificate.select().count() == 0
    assert CertificateNumberBlock.select().count() == 0  # the allocation rolled back too
    assert Change.select().where(Change.table_name == "certificate").count() == 0
    assert list(folder.iterdir()) == []
