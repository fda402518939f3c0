"""A private CUPS spooler with a virtual PDF printer (Debian ``cups`` + ``printer-driver-
cups-pdf``) for tests that print through a real spooler, as staff do on a lent printer.

cupsd runs from a temporary ServerRoot on its own socket (``CUPS_SERVER``), so the
machine's own CUPS, if any, is neither used nor changed. cups-pdf writes what the spooler
produced to the job owner's ``Out`` folder (``~/PDF`` by default, from
``/etc/cups/cups-pdf.conf``); tests name their jobs uniquely and remove the files.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

CUPSD = Path("/usr/sbin/cupsd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
PRINTER = "IkrarPDF"


@dataclass
class Spooler:
    socket: Path
    printer: str
    out_dir: Path
    process: subprocess.Popen[bytes]
    root: Path

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ, CUPS_SERVER=str(self.socket))

    def wait_for_output(self, title: str, timeout: float = 180) -> Path:
        """The PDF cups-pdf wrote for the job titled ``title`` (letters and digits only:
        cups-pdf rewrites other characters in file names)."""
        if not re.fullmatch(r"[A-Za-z0-9]+", title):
            raise ValueError("job titles for cups-pdf tests: letters and digits only")
        deadline = time.monotonic() + timeout
        pattern = title
        while time.monotonic() < deadline:
            found = sorted(self.out_dir.glob(f"{pattern}*.pdf")) if self.out_dir.exists() else []
            queue = subprocess.run(
                ["lpstat", "-o", self.printer], capture_output=True, text=True, env=self.env
            ).stdout
            if found and not queue.strip():
                return found[-1]
            time.sleep(0.3)
        log = (self.root / "logs" / "error_log").read_text(errors="replace")[-3000:]
        raise AssertionError(f"no output for job {title!r} after {timeout} s; cupsd log:\n{log}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def why_not_available() -> str | None:
    """The reason a private spooler cannot run here, or None."""
    for path in (CUPSD, BACKEND, PPD):
        if not path.exists():
            return f"{path} missing (install cups and printer-driver-cups-pdf)"
    if shutil.which("lpadmin") is None or shutil.which("lpstat") is None:
        return "lpadmin/lpstat missing (cups-client)"
    if os.geteuid() != 0:
        return "the cups-pdf backend runs only under a cupsd started as root"
    return None


def _out_dir() -> Path:
    """cups-pdf's output folder for this user (its ``Out`` setting, ${HOME} expanded)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if line.strip().startswith("Out "):
                out = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home))


def start(root: Path) -> Spooler:
    """Start cupsd in ``root`` with the virtual PDF printer; raises RuntimeError if it
    cannot start."""
    for sub in ("spool", "cache", "state", "logs", "ppd"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    tmp = root / "tmp"
    tmp.mkdir(exist_ok=True)
    tmp.chmod(0o1777)  # filters run as user lp and write their temporary files here
    root.chmod(0o755)
    socket = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"LogLevel debug\nListen {socket}\nWebInterface No\nBrowsing Off\n"
        "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n  </Limit>\n"
        "</Policy>\n"
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root / 'spool'}\nTempDir {tmp}\n"
        f"CacheDir {root / 'cache'}\nStateDir {root / 'state'}\n"
        f"ErrorLog {root / 'logs' / 'error_log'}\nAccessLog {root / 'logs' / 'access_log'}\n"
        f"PageLog {root / 'logs' / 'page_log'}\nServerBin /usr/lib/cups\n"
        "DataDir /usr/share/cups\nSystemGroup root\n"
    )
    process = subprocess.Popen(
        [str(CUPSD), "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    spooler = Spooler(socket, PRINTER, _out_dir(), process, root)
    deadline = time.monotonic() + 20
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            spooler.stop()
            raise RuntimeError("cupsd did not start")
        time.sleep(0.1)
    added = subprocess.run(
        ["lpadmin", "-p", PRINTER, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
        capture_output=True,
        text=True,
        env=spooler.env,
    )
    if added.returncode != 0:
        spooler.stop()
        raise RuntimeError(f"lpadmin failed: {added.stderr.strip()}")
    return spooler
