"""Screenshots of the registration pages with demo data → docs/screenshots/.

Run: QT_QPA_PLATFORM=offscreen python -m tools.registration_screenshots
(or under xvfb-run). Uses a throw-away data directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
SIZE = (1280, 760)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    import openpyxl
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(REPO / "resources" / "fonts" / name))
    app.setFont(QFont("Noto Sans", 10))

    def wait(condition: Callable[[], bool], timeout: float = 10) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()

    tmp = Path(tempfile.mkdtemp())
    os.environ["IKRAR_HOME"] = str(tmp / "home")
    from desktop_app.bootstrap import open_home
    from desktop_app.models import Attendee
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.presence import present_attendee_ids
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.registration.attendees_page import AttendeesPage
    from desktop_app.ui.registration.checkin_page import CheckinPage
    from desktop_app.ui.reports.reports_page import ReportsPage

    home = open_home(None)
    event = create_demo_event(attendees=300)
    ctx = AppContext(home, operator="Operator Meja 1")
    ctx.set_event(event.id)
    OUT.mkdir(parents=True, exist_ok=True)

    # Registrasi: a first check-in (green), then a repeat (amber) with results for "yo".
    page = CheckinPage(ctx)
    page.resize(*SIZE)
    page.show()
    absent = list(
        Attendee.select().where(
            (Attendee.event == event) & Attendee.id.not_in(present_attendee_ids(event))
        )
    )
    done: list[object] = []
    page.checked_in.connect(done.append)
    page.handle_scanned(absent[0].code)
    wait(lambda: len(done) == 1)
    page.ui.searchEdit.setText("yo")
    wait(lambda: False, 0.5)
    page.grab().save(str(OUT / "checkin-green.png"))
    page.ui.searchEdit.setText(absent[0].sort_name.split()[0][:4])
    page.handle_scanned(absent[0].code)
    wait(lambda: len(done) == 2)
    page.ui.searchEdit.setText(absent[1].sort_name.split()[0])
    wait(lambda: False, 0.5)
    page.grab().save(str(OUT / "checkin-amber.png"))
    page.handle_scanned("QQQQ0000")
    wait(lambda: page.feedback_kind == "error")
    page.ui.searchEdit.setText("")
    page.grab().save(str(OUT / "checkin-red.png"))

    # Import: a messy sheet, the column review, then the report.
    book = tmp / "undangan-kecamatan.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR UNDANGAN SOSIALISASI DAN DEKLARASI NETRALITAS"])
    sheet.append(["Panwaslu Kecamatan Kupang Tengah, 19 September 2024"])
    sheet.append([])
    sheet.append(
        [
            "No.",
            "Nama Peserta (dengan gelar)",
            "NIP / NRP",
            "Jabatan",
            "Instansi / Unit Kerja",
            "Kategori",
            "No. HP",
            "Tanda Tangan",
        ]
    )
    data = [
        [
            "Drs. Kornelis Boimau, M.Si.",
            "197204121998031004",
            "Camat",
            "Kantor Camat Kupang Tengah",
            "ASN",
            "081339201122",
        ],
        ["Hj. Fatimah Lay, S.Pd.", "1.97805E+17", "Guru", "SDN Oelnasi", "ASN", ""],
        [
            "Yuliana M. Nenabu, S.Kep., Ns.",
            "199109142022212011",
            "Perawat",
            "Puskesmas Tarus",
            "PPPK",
            "082145667788",
        ],
        ["Bripka Andreas Lobo", "86090123", "Bhabinkamtibmas", "Polsek Kupang Tengah", "", ""],
        ["Serka Hendrik Nope", "31234567", "Babinsa", "Koramil 1604-03/Kupang Tengah", "", ""],
        ["Agustina Seran", "", "Kepala Desa", "Desa Oelnasi", "Kades", "085212345678"],
        ["Petrus Manafe", "198112302006041", "Kasi Pemerintahan", "Kantor Camat", "ASN", ""],
        [
            "Drs. Kornelis Boimau, M.Si.",
            "197204121998031004",
            "Camat",
            "Kantor Camat Kupang Tengah",
            "ASN",
            "081339201122",
        ],
        ["Ratna Dewi Kana", "", "Ketua", "KNPI Kabupaten Kupang", "Masyarakat", ""],
    ]
    for number, row in enumerate(data, start=1):
        sheet.append([number, *row])
    for row in sheet.iter_rows(min_row=5):
        row[2].number_format = "@"
    workbook.save(book)

    attendees = AttendeesPage(ctx)
    attendees.resize(*SIZE)
    dialog = attendees.import_file(book)
    dialog.resize(1100, 640)
    dialog.show()
    wait(lambda: dialog.data is not None)
    dialog.grab().save(str(OUT / "import-columns.png"))
    reports: list[object] = []
    dialog.finished_import.connect(reports.append)
    dialog.run_import(dry_run=False)
    wait(lambda: bool(reports))
    wait(lambda: False, 0.3)
    dialog.grab().save(str(OUT / "import-report.png"))
    dialog.close()

    attendees.show()
    wait(lambda: len(attendees.all_rows) > 300)
    attendees.grab().save(str(OUT / "attendees.png"))

    dashboard = ReportsPage(ctx)
    dashboard.resize(*SIZE)
    dashboard.show()
    wait(lambda: dashboard.summary is not None)
    dashboard.grab().save(str(OUT / "dashboard.png"))
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
