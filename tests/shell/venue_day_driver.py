"""A whole venue day on a real X server, driven at the X level (xdotool), as a desk is.

Run by ``tests/shell/test_venue_day_xvfb.py`` inside its own Xvfb (1366x768) as
``python -m tests.shell.venue_day_driver HOME SHOTS``: the window runs on the xcb platform in
this process; every character reaches it as X key events from ``xdotool`` (Shift pressed
for capitals, scanner bursts at 3-30 ms a key, people at 90 ms), every click as an X pointer
event. Checks are made along the way; the last line of output is a JSON summary.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STEPS: list[str] = []
RUNNERS: list[Any] = []  # hubs started by the window: stopped whatever happens


def main(home: Path, shots: Path) -> dict[str, Any]:
    shots.mkdir(parents=True, exist_ok=True)
    os.environ["IKRAR_HOME"] = str(home)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from desktop_app.bootstrap import open_home

    open_home(home)
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.models import Attendee, Checkin, Event, Signature
    from desktop_app.paths import DataDir
    from desktop_app.services.common import preferences
    from desktop_app.ui.app import create_application, install_translations
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.fonts import apply_ui_font
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.scanner_input import install_scanner

    # Why a burst was not taken as a scan, if one ever is not: in the desk's log.
    logging.getLogger("ikrar.scanner").setLevel(logging.DEBUG)
    app = create_application(["ikrar"])
    apply_ui_font(app)
    app.translators = install_translations(app, "id")  # type: ignore[attr-defined]
    ctx = AppContext(DataDir(home), operator=preferences.operator())
    window = MainWindow(ctx)
    scanner = install_scanner(window)  # real timing: the X server's key timestamps
    window.setGeometry(0, 0, 1366, 740)
    window.show()

    def pump(seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def wait(cond: Callable[[], Any], what: str, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if cond():
                return
            time.sleep(0.01)
        raise AssertionError(f"timed out waiting for: {what}")

    def xdo(*args: str) -> None:
        """Run xdotool while this window keeps processing events."""
        proc = subprocess.Popen(["xdotool", *args])
        while proc.poll() is None:
            app.processEvents()
            time.sleep(0.002)
        assert proc.returncode == 0, f"xdotool {args} failed"
        pump(0.05)

    def typed(text: str, delay_ms: int = 90) -> None:
        xdo("type", "--delay", str(delay_ms), text)

    def scanned(code: str, delay_ms: int) -> None:
        """A keyboard-wedge scanner: the code (Shift for capitals) and Enter in one burst."""
        xdo("type", "--delay", str(delay_ms), code + "\n")

    def key(*keys: str) -> None:
        xdo("key", "--delay", "60", *keys)

    def click(widget: QWidget, at: QPoint | None = None) -> None:
        point = widget.mapToGlobal(at if at is not None else widget.rect().center())
        xdo("mousemove", str(point.x()), str(point.y()), "click", "1")

    def focus(widget: QWidget) -> None:
        widget.activateWindow()
        widget.setFocus()
        wait(widget.hasFocus, f"focus on {widget.objectName()}")

    def shot(name: str) -> None:
        pump(0.3)
        screen = app.primaryScreen()
        path = shots / f"{len(STEPS) + 1:02d}-{name}.png"
        assert screen.grabWindow(0).save(str(path))
        STEPS.append(name)

    wait(lambda: window.isVisible() and window.windowHandle().isExposed(), "window shown")
    window.activateWindow()
    wait(lambda: QApplication.activeWindow() is window, "window active")

    # -- 1. open the desk: the operator's name, asked once a day -----------------------------
    from desktop_app.ui.desk_opening_dialog import DeskOpeningDialog, open_desk_if_needed

    assert open_desk_if_needed(window, ctx)
    dialog = window.findChild(DeskOpeningDialog)
    wait(lambda: dialog.isVisible(), "desk dialog")
    focus(dialog.operator_edit)
    typed("Rina Manafe")
    shot("buka-meja")
    key("Return")
    wait(lambda: not dialog.isVisible(), "desk opened")
    assert ctx.operator == "Rina Manafe"

    # -- 2. create the event on the Acara page, by typing ----------------------------------
    events = window.show_page("acara")
    events.new_event_requested()
    focus(events.ui.titleEdit)
    typed("Sosialisasi dan Deklarasi Netralitas ASN")
    focus(events.ui.organizerEdit)
    typed("Bawaslu Kabupaten Kupang")
    focus(events.ui.venueEdit)
    typed("Aula Hotel Kristal")
    focus(events.ui.cityEdit)
    typed("Kupang")
    assert events.ui.timezoneCombo.currentData() == "Asia/Makassar", "Kupang is WITA"
    assert events.ui.organizerCodeEdit.text() == "BAWASLU-KAB-KUPANG"
    focus(events.ui.verifyUrlEdit)
    key("ctrl+a")
    typed("https://cek.bawaslu-kupang.example.id", 20)
    click(events.ui.addOfficialButton)
    typed("Drs. Yohanes Nggadas, M.Si.")
    key("Tab", "Tab")
    typed("Ketua Bawaslu Kabupaten Kupang")
    key("Return")
    shot("acara")
    key("ctrl+s")
    wait(lambda: Event.select().count() == 1 and ctx.event_id, "event saved")
    event = Event.get()
    assert event.timezone == "Asia/Makassar"
    assert event.verify_base_url == "https://cek.bawaslu-kupang.example.id"

    # -- 3. import the invitation list ----------------------------------------------------
    sheet = write_invitations(home.parent / "undangan.xlsx")
    people_page = window.show_page("peserta")
    importer = people_page.import_file(sheet)
    wait(lambda: importer.data is not None, "import preview")
    assert "NIP/NRP campuran" in importer.ui.hintLabel.text()
    shot("impor")
    click(importer.ui.importButton)
    wait(lambda: Attendee.select().count() == 60, "60 imported")
    importer.close()
    pump(0.2)

    invited = list(Attendee.select().where(Attendee.event == event).order_by(Attendee.sort_name))
    by_typing, by_scanner = invited[:20], invited[20:40]

    def present() -> int:
        return int(Checkin.select().count())

    # -- 4. twenty check-ins typed by a person on Registrasi -------------------------------
    desk = window.show_page("registrasi")
    window.activateWindow()
    wait(desk.ui.searchEdit.hasFocus, "search focused on arrival")
    for number, person in enumerate(by_typing, start=1):
        before = present()
        typed(person.nip or person.nrp, 90)  # a whole NIP/NRP finds exactly one person
        wait(lambda: desk.ui.resultsList.count() == 1, f"one result for {person.full_name}")
        key("Return")
        wait(lambda b=before: present() == b + 1, f"typed check-in {number}")
        assert desk.ui.searchEdit.hasFocus() and desk.ui.searchEdit.text() == ""
    shot("registrasi-ketik")

    # -- 5. twenty scans, uppercase with Shift, 3-30 ms a key, from every page and focus --
    rng = random.Random(13)
    states: list[tuple[str, Callable[[], None]]] = [
        ("acara-judul", lambda: (window.show_page("acara"), focus(events.ui.titleEdit))),
        ("peserta-tabel", lambda: focus_table(window.show_page("peserta"))),
        ("peserta-saring", lambda: focus(window.show_page("peserta").ui.filterEdit)),
        ("registrasi-tombol", lambda: focus(window.show_page("registrasi").ui.walkInButton)),
        ("daftar-halaman", lambda: focus(window.ui.navList)),
        ("tanpa-fokus", lambda: clear_focus(window)),
        ("verifikasi-isian", lambda: focus(window.show_page("verifikasi").ui.tokenEdit)),
        ("sinkronisasi", lambda: focus(window.show_page("sinkronisasi").ui.pairCodeEdit)),
    ]

    def focus_table(page: Any) -> None:
        focus(page.ui.table)

    def clear_focus(win: Any) -> None:
        win.show_page("laporan")
        pump(0.2)  # the page may focus its first field when shown

        def cleared() -> bool:
            widget = QApplication.focusWidget()
            if widget is not None:
                widget.clearFocus()
            return QApplication.focusWidget() is None

        wait(cleared, "no focus")

    title_before = events.ui.titleEdit.text()
    lost: list[str] = []
    delays = []
    for number, person in enumerate(by_scanner):
        name, prepare = states[number % len(states)]
        prepare()
        pump(0.1)
        before = present()
        delay = rng.randint(3, 30)
        delays.append(delay)
        scanned(person.code, delay)
        try:
            wait(lambda b=before: present() == b + 1, f"scan {number} from {name}", 10)
        except AssertionError:
            focused = QApplication.focusWidget()
            lost.append(
                f"{person.code} from {name} at {delay} ms; desk says "
                f"{desk.ui.feedbackTitle.text()!r} {desk.ui.feedbackDetail.text()!r}; focus "
                f"{focused.objectName() if focused else None}; search {desk.ui.searchEdit.text()!r}"
            )
            continue
        # The desk has shown it (and put the cursor back in its search) before the next state.
        wait(lambda p=person: p.full_name in desk.ui.feedbackTitle.text(), "desk feedback")
        pump(0.1)
        assert window.ui.pages.currentWidget() is desk
        assert Checkin.get(Checkin.attendee == person).method == "SCANNER"
        if number == 0:
            shot("pindai-dari-acara")
    assert events.ui.titleEdit.text() == title_before, "a scan was left in the title field"
    assert not lost, f"lost scans: {lost}"
    shot("registrasi-pindai")

    # -- 6. a walk-in from a search with no match ------------------------------------------
    window.show_page("registrasi")
    focus(desk.ui.searchEdit)
    typed("Yosef Baumata")
    wait(lambda: desk.ui.resultsList.count() == 0, "no match")
    key("Return")
    from desktop_app.ui.registration.walk_in_dialog import WalkInDialog

    walk_in = desk.findChild(WalkInDialog)
    wait(lambda: walk_in is not None and walk_in.isVisible(), "walk-in form")
    assert walk_in.ui.nameEdit.text() == "Yosef Baumata"
    focus(walk_in.ui.institutionEdit)
    typed("Kantor Camat Kupang Tengah")
    shot("datang-langsung")
    before = present()
    key("Return")
    wait(lambda: present() == before + 1, "walk-in checked in")
    assert Attendee.select().where(Attendee.full_name == "Yosef Baumata").count() == 1

    # -- 7. one signing on a single screen ----------------------------------------------------
    declaration = window.show_page("deklarasi")
    queue = declaration.queue_tab
    wait(lambda: queue.queue_model.rowCount() >= 1, "signing queue")
    click(queue.ui.kioskButton)
    wait(lambda: queue.kiosk is not None, "kiosk mode on")
    kiosk = queue.kiosk
    assert kiosk.single_screen and not kiosk.isVisible()
    focus(queue.ui.queueTable)
    key("Down", "Up")
    signer_id = queue.selected_attendee_id()
    key("Return")
    wait(lambda: kiosk.isVisible() and kiosk.is_signing(), "signer's view")
    screen = kiosk.screen_widget
    pad = screen.pad
    wait(lambda: pad.isVisible() and pad.width() > 300, "pad laid out")
    origin = pad.mapToGlobal(QPoint(0, 0))
    for word in range(2):
        points = [
            (origin.x() + 80 + 200 * word + 6 * i, origin.y() + 100 + int(30 * ((i % 6) - 3) / 3))
            for i in range(30)
        ]
        xdo("mousemove", str(points[0][0]), str(points[0][1]), "mousedown", "1")
        for x, y in points[1:]:
            xdo("mousemove", str(x), str(y))
        xdo("mouseup", "1")
    click(screen.ui.consentCheck, QPoint(8, screen.ui.consentCheck.height() // 2))
    click(screen.ui.confirmCheck, QPoint(8, screen.ui.confirmCheck.height() // 2))
    wait(screen.ui.saveButton.isEnabled, "Simpan enabled")
    shot("tanda-tangan-satu-layar")
    click(screen.ui.saveButton)
    wait(lambda: not kiosk.isVisible(), "screen back to the operator", 15)
    assert Signature.select().where(Signature.attendee == signer_id).count() == 1
    shot("kembali-ke-petugas")
    click(queue.ui.kioskButton)
    wait(lambda: queue.kiosk is None, "kiosk off")

    # -- 8. certificates to PDF ---------------------------------------------------------------
    certificates = window.show_page("sertifikat")
    pdf = home.parent / "sertifikat.pdf"
    certificates.list.generate(pdf, everyone=True)
    wait(lambda: pdf.exists() and pdf.stat().st_size > 1000, "certificate PDF", 60)
    pump(0.5)
    shot("sertifikat")
    urls = qr_codes_of_pdf(pdf, home.parent)
    assert urls and all(u.startswith("HTTPS://CEK.BAWASLU-KUPANG.EXAMPLE.ID/V/") for u in urls)

    # -- 9. verify one certificate by scanning its URL (from Peserta) ------------------------
    focus_table(window.show_page("peserta"))
    scanned(urls[0], 8)
    verify = window.page("verifikasi")
    wait(lambda: window.ui.pages.currentWidget() is verify, "Verifikasi shown")
    wait(lambda: verify.last is not None, "verified")
    assert verify.last.ok, verify.last
    shot("verifikasi")

    # -- 10. the hub from the window, a second station paired by its QR -----------------------
    from desktop_app.sync.status import sync_status
    from desktop_app.ui.sync.hub_runner import HubState, hub_runner

    runner = hub_runner(ctx)
    RUNNERS.append(runner)
    runner.host, runner.port = "127.0.0.1", int(os.environ.get("VENUE_HUB_PORT", "8765"))
    sync_page = window.show_page("sinkronisasi")
    click(sync_page.ui.hubStartButton)
    wait(lambda: runner.state is HubState.RUNNING and runner.pairing is not None, "hub", 60)
    # The first code pairs this laptop's own desk; the next one is shown for the others.
    wait(lambda: sync_status().enrolled, "this desk paired with its own hub", 60)
    wait(
        lambda: (
            runner.pairing is not None
            and runner.pairing.code in sync_page.ui.pairingTextLabel.text()
        ),
        "a fresh pairing code shown",
        60,
    )
    shot("hub-di-laptop-ini")
    screen_png = shots / "pairing-screen.png"
    app.primaryScreen().grabWindow(0).save(str(screen_png))
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", str(screen_png)], capture_output=True, text=True
    ).stdout.split()
    screen_png.unlink()
    uri = next(code for code in found if code.startswith("ikrar-pair:"))
    station_b = home.parent / "meja-2"
    enrolled = run_ikrar(["--home", str(station_b), "enroll", uri, "--name", "Meja 2"])
    assert enrolled.returncode == 0, enrolled.stderr
    synced = run_ikrar(["--home", str(station_b), "sync"])
    assert synced.returncode == 0, synced.stderr
    runner.refresh_stations()
    wait(lambda: any(r.name == "Meja 2" for r in runner.stations), "Meja 2 listed", 30)
    pump(0.5)
    shot("meja-2-terpasang")
    runner.stop()
    app.removeEventFilter(scanner)
    window.close()
    pump(0.3)
    return {
        "steps": STEPS,
        "typed": len(by_typing),
        "scanned": len(by_scanner),
        "lost": lost,
        "delays_ms": [min(delays), max(delays)],
        "present": present(),
        "signed": Signature.select().count(),
        "certificate_urls": len(urls),
        "day": dt.date.today().isoformat(),
    }


def write_invitations(path: Path) -> Path:
    """60 invitees (NIPs, and police/army NRPs in the same "NIP" column) under title rows."""
    import openpyxl

    rng = random.Random(5)
    first = ["Yohanes", "Maria", "Fransiskus", "Agustina", "Petrus", "Siti", "Daniel", "Ester",
             "Markus", "Yuliana", "Stefanus", "Theresia"]  # fmt: skip
    last = ["Nggadas", "Bria", "Manafe", "Tanesib", "Lobo", "Nope", "Ndun", "Kase", "Pello",
            "Sinlae", "Toto", "Bessie"]  # fmt: skip
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR UNDANGAN SOSIALISASI NETRALITAS ASN"])
    sheet.append([])
    sheet.append(["No", "Nama", "NIP", "Jabatan", "Instansi"])
    used: set[str] = set()
    for number in range(1, 61):
        while True:
            name = f"{rng.choice(first)} {rng.choice(last)} {number}"
            if name not in used:
                used.add(name)
                break
        if number % 10 == 0:  # a police officer in the "NIP" column (NRP: yymm of birth)
            identifier = f"{rng.randint(75, 95)}{rng.randint(1, 12):02d}{rng.randint(1000, 9999)}"
        else:
            born = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randint(0, 5000))
            identifier = f"{born:%Y%m%d}{2000 + number % 20}{(number % 12) + 1:02d}1{number:03d}"
        sheet.append([number, name, identifier, "Staf", "Dinas Pendidikan"])
    for row in sheet.iter_rows(min_row=4, min_col=3, max_col=3):
        row[0].number_format = "@"
    workbook.save(path)
    return path


def qr_codes_of_pdf(pdf: Path, work: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "110", "-gray", str(pdf), str(work / "cert")], check=True)
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", *map(str, sorted(work.glob("cert*.pgm")))],
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in out.split() if line]


def run_ikrar(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("IKRAR_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


if __name__ == "__main__":
    try:
        summary = main(Path(sys.argv[1]), Path(sys.argv[2]))
    finally:
        for started in RUNNERS:
            started.stop()
    print(json.dumps(summary))
    sys.stdout.flush()
    os._exit(0)  # the hub and writer threads are done; skip slow interpreter teardown
