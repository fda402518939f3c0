"""The pages of the main window, in navigation order.

Each page is a ``QWidget`` subclass ``Page(ctx: AppContext, parent=None)`` in its own module,
created lazily the first time it is shown (fast start-up). A module that does not exist
yet shows a "not available" placeholder; any other import error is a real error.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str  # Indonesian source text; translated with QCoreApplication.translate("Pages", ...)
    icon: str  # file name under resources/icons/
    module: str
    class_name: str


PAGES: list[PageSpec] = [
    PageSpec("acara", "Acara", "event.svg", "desktop_app.ui.events.events_page", "EventsPage"),
    PageSpec(
        "peserta",
        "Peserta",
        "people.svg",
        "desktop_app.ui.registration.attendees_page",
        "AttendeesPage",
    ),
    PageSpec(
        "registrasi",
        "Registrasi",
        "checkin.svg",
        "desktop_app.ui.registration.checkin_page",
        "CheckinPage",
    ),
    PageSpec(
        "deklarasi",
        "Deklarasi",
        "sign.svg",
        "desktop_app.ui.signing.declaration_page",
        "DeclarationPage",
    ),
    PageSpec(
        "sertifikat",
        "Sertifikat",
        "certificate.svg",
        "desktop_app.ui.certificates.certificates_page",
        "CertificatesPage",
    ),
    PageSpec(
        "verifikasi",
        "Verifikasi",
        "verify.svg",
        "desktop_app.ui.certificates.verify_page",
        "VerifyPage",
    ),
    PageSpec(
        "sinkronisasi", "Sinkronisasi", "sync.svg", "desktop_app.ui.sync.sync_page", "SyncPage"
    ),
    PageSpec(
        "laporan", "Laporan", "report.svg", "desktop_app.ui.reports.reports_page", "ReportsPage"
    ),
]
