"""Screenshots of the main window for the docs: ``xvfb-run -a -s "-screen 0 1366x768x24"
python -m tools.screenshots [OUT_DIR] [--lang en]``.

Uses a throw-away data directory with the demo event, the real application set-up (fonts,
translations) and grabs the window as drawn.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--lang", default="id", choices=["id", "en"])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "id" else f"-{args.lang}"

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.bootstrap import open_home
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.ui.app import create_application, install_translations
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.fonts import apply_ui_font
    from desktop_app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        home = open_home(Path(tmp) / "home")
        create_demo_event(attendees=300)
        app = create_application()
        apply_ui_font(app)
        install_translations(app, args.lang)
        window = MainWindow(AppContext(home, operator="Rina"))
        window.resize(1366, 740)
        window.show()

        def settle() -> None:
            for _ in range(10):
                QApplication.processEvents()

        settle()
        window.grab().save(str(out / f"main-window{suffix}.png"))

        page = window.show_page("acara")
        page.start_new_event()
        page.ui.titleEdit.setText("Deklarasi Netralitas Kepala Desa se-Kecamatan Lembor")
        page.ui.organizerEdit.setText("Panwaslu Kecamatan Lembor")
        page.ui.startEdit.setDateTime(page.ui.endEdit.dateTime().addSecs(3600))
        page.ui.endEdit.setDateTime(page.ui.startEdit.dateTime().addSecs(-7200))
        page.add_official_row("Fransiskus Jehadun, S.Fil.", "", "Ketua Panwaslu Kecamatan Lembor")
        page.ui.officialsTable.setCurrentCell(-1, -1)
        page.save()  # refused: the end is before the start
        settle()
        window.grab().save(str(out / f"events-page{suffix}.png"))

        window.show_page_at(3)
        window.ui.navList.setFocus(Qt.FocusReason.OtherFocusReason)
        settle()
        window.grab().save(str(out / f"placeholder-page{suffix}.png"))
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
