"""Display-time translation of labels that models and services keep in Indonesian.

Categories, roles, import statuses, import field names and the summary's total row are
defined outside the UI (and stored or exported in Indonesian). The UI shows them through
:func:`label`, which looks them up in the ``Labels`` context; the ``QT_TRANSLATE_NOOP``
entries below let ``pyside6-lupdate`` collect them. Unknown text is returned unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

_COLLECTED = (
    # models.categories.CATEGORY_LABELS
    QT_TRANSLATE_NOOP("Labels", "ASN (PNS)"),
    QT_TRANSLATE_NOOP("Labels", "ASN (PPPK)"),
    QT_TRANSLATE_NOOP("Labels", "Kepala Desa/Lurah"),
    QT_TRANSLATE_NOOP("Labels", "Perangkat Desa"),
    QT_TRANSLATE_NOOP("Labels", "TNI"),
    QT_TRANSLATE_NOOP("Labels", "Polri"),
    QT_TRANSLATE_NOOP("Labels", "Umum"),
    # models.categories.Role
    QT_TRANSLATE_NOOP("Labels", "Peserta"),
    QT_TRANSLATE_NOOP("Labels", "Narasumber"),
    QT_TRANSLATE_NOOP("Labels", "Panitia"),
    # services.attendance_summary total row
    QT_TRANSLATE_NOOP("Labels", "Semua peserta"),
    # services.attendee_import.RowStatus
    QT_TRANSLATE_NOOP("Labels", "Diimpor"),
    QT_TRANSLATE_NOOP("Labels", "Diperbarui"),
    QT_TRANSLATE_NOOP("Labels", "Dilewati"),
    QT_TRANSLATE_NOOP("Labels", "Tidak dibaca"),
    QT_TRANSLATE_NOOP("Labels", "Ditolak"),
    QT_TRANSLATE_NOOP("Labels", "Peringatan"),
    # services.column_mapping.FIELD_LABELS
    QT_TRANSLATE_NOOP("Labels", "Nama"),
    QT_TRANSLATE_NOOP("Labels", "NIP"),
    QT_TRANSLATE_NOOP("Labels", "NIK"),
    QT_TRANSLATE_NOOP("Labels", "NRP"),
    QT_TRANSLATE_NOOP("Labels", "NIP/NRP (campuran)"),
    QT_TRANSLATE_NOOP("Labels", "Jabatan/Pangkat"),
    QT_TRANSLATE_NOOP("Labels", "Instansi/Unit Kerja"),
    QT_TRANSLATE_NOOP("Labels", "Kategori"),
    QT_TRANSLATE_NOOP("Labels", "No. HP"),
    QT_TRANSLATE_NOOP("Labels", "Peran"),
    QT_TRANSLATE_NOOP("Labels", "Kode Peserta"),
    QT_TRANSLATE_NOOP("Labels", "Keterangan"),
    # shipped certificate templates (resources/certificates/*)
    QT_TRANSLATE_NOOP("Labels", "klasik"),
    QT_TRANSLATE_NOOP("Labels", "modern"),
)


def label(text: str) -> str:
    """``text`` in the interface language (unchanged when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def role_label(value: str) -> str:
    """A role code's label for display (unknown codes title-cased, as on certificates)."""
    from desktop_app.services.certificates.issuing import role_label_for

    return label(role_label_for(value))


def category_label(value: str) -> str:
    """A category code's label for display (unknown codes shown as they are)."""
    from desktop_app.models.categories import Category

    try:
        return label(Category(value).label)
    except ValueError:
        return value
