"""Certificates per second for 1,000 attendees, against a naive baseline measured in the same run.

Baseline (what a first attempt looks like): reportlab canvas, background image drawn on
every page, QR from ``reportlab.graphics.barcode.qr.QrCodeWidget`` rendered per page.
It is measured on a sample (it is slow) and its rate compared with Ikrar's path:
background as one form XObject, QR as one path of dark runs, zxing-cpp encoder, QR
encoding in worker processes, rl_accel installed.

Also printed: QR encoders compared (the choice in ``certificate_pdf.qr_matrix``) and the
effect of reportlab's C accelerator ``rl_accel`` (single process, run in a subprocess with
the accelerator hidden).

Run: ``python -m benchmarks.certificates [--attendees 1000] [--baseline-sample 150]``
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.smoke import parse_args

if "--no-accel" in sys.argv:
    sys.modules["_rl_accel"] = None  # type: ignore[assignment]  # hide the C accelerator


def setup(home: Path, attendees: int) -> str:
    from desktop_app.bootstrap import open_home
    from desktop_app.models import Attendee, Checkin, stamp_and_log_many
    from desktop_app.services.certificates.issuing import issue_missing
    from desktop_app.services.demo.demo_event import create_demo_event

    open_home(home)
    event = create_demo_event(attendees=attendees, seed=11)
    event.require_signature_for_certificate = False
    event.save()
    people = list(Attendee.select().where(Attendee.event == event))
    with Checkin._meta.database.atomic():
        stamp_and_log_many(Checkin, [Checkin(event=event, attendee=a) for a in people])
    started = time.perf_counter()
    issued = issue_missing(event)
    print(
        f"issue (sign {len(issued)} tokens + numbers, one transaction): "
        f"{len(issued) / (time.perf_counter() - started):,.0f} certificates/s"
    )
    return str(event.code)


def load(code: str):  # type: ignore[no-untyped-def]
    from desktop_app.documents.certificates.certificate_batch import (
        assets_for,
        event_values,
        job_for,
        signing_official,
        template_for,
    )
    from desktop_app.services.certificates.issuing import active_certificates
    from desktop_app.services.events.event_store import get_event

    event = get_event(code)
    certs = active_certificates(event)
    official = signing_official(event)
    template = template_for(event, None)
    shared = event_values(event, official)
    jobs = [job_for(event, c, shared) for c in certs]
    return event, certs, template, jobs, assets_for(template, official)


def baseline(template, jobs, sample: int) -> float:  # type: ignore[no-untyped-def]
    """Naive: one canvas, everything redrawn per page, QrCodeWidget per certificate
    (certificates per second; benchmarks/documents.py measures against it too)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from desktop_app.documents.certificates.certificate_pdf import ensure_font, fill

    width, height = landscape(A4)
    fields = template.fields
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(width, height))
    started = time.perf_counter()
    for job in jobs[:sample]:
        c.drawImage(str(template.background), 0, 0, width, height)
        for f in fields:
            if f.get("type", "text") == "text":
                c.setFont(ensure_font(f["font"]), f["size"])
                text = fill(f["text"], job.values)
                c.drawCentredString(f["x"] * mm, height - f["y"] * mm, text)
            elif f.get("type") == "qr":
                size = f["size"] * mm
                # Sized directly (the common getBounds() recipe would encode twice).
                widget = QrCodeWidget(job.url, barLevel="M", barWidth=size, barHeight=size)
                drawing = Drawing(size, size)
                drawing.add(widget)
                renderPDF.draw(drawing, c, f["x"] * mm, height - f["y"] * mm - size)
        c.showPage()
    c.save()
    return min(sample, len(jobs)) / (time.perf_counter() - started)


def compare_encoders(jobs) -> None:  # type: ignore[no-untyped-def]
    import qrcode
    from reportlab.graphics.barcode.qr import QrCodeWidget

    from desktop_app.documents.certificates.certificate_pdf import qr_matrix

    urls = [j.url for j in jobs[:200]]

    def with_qrcode(url: str) -> None:
        q = qrcode.QRCode(
            error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=0, border=0
        )
        q.add_data(url)
        q.make(fit=True)
        q.get_matrix()

    def with_reportlab(url: str) -> None:
        widget = QrCodeWidget(url, barLevel="M")
        widget.qr.make()

    print(f"QR encoders ({len(urls)} URLs of {len(urls[0])} characters):")
    for name, encode in (
        ("zxing-cpp, mask 2 (chosen)", qr_matrix),
        ("zxing-cpp, masks scored", lambda url: qr_matrix(url, data_mask=None)),
        ("qrcode, fixed mask 0", with_qrcode),
        ("reportlab QrCodeWidget", with_reportlab),
    ):
        started = time.perf_counter()
        for url in urls:
            encode(url)
        per = (time.perf_counter() - started) / len(urls) * 1000
        print(f"  {name:27} {per:6.2f} ms per code")
    print(f"  QR version used: {(qr_matrix(urls[0])[0] - 17) // 4} (limit 10)")


def fast(code: str, out: Path, processes: int | None) -> float:
    """Certificates per second. One process: per CPU second of this process (the machine
    is shared, so wall time would measure the neighbours); workers: per wall second."""
    from desktop_app.documents.certificates.certificate_pdf import render_batch_pdf

    _, _, template, jobs, assets = load(code)
    clock = time.process_time if processes == 1 else time.perf_counter
    started = clock()
    render_batch_pdf(template, jobs, out, assets, processes=processes)
    return len(jobs) / (clock() - started)


def single_latency(template, jobs, assets) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Milliseconds for one certificate PDF on demand: first call, then typical."""
    from desktop_app.documents.certificates.certificate_pdf import render_one

    started = time.perf_counter()
    render_one(template, jobs[0], assets)
    first = (time.perf_counter() - started) * 1000
    times = []
    for job in jobs[1:21]:
        started = time.perf_counter()
        render_one(template, job, assets)
        times.append((time.perf_counter() - started) * 1000)
    return first, sorted(times)[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=1000)
    parser.add_argument("--baseline-sample", type=int, default=150)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--no-accel", action="store_true", help=argparse.SUPPRESS)
    args = parse_args(parser, {"attendees": 12, "baseline_sample": 4})
    if args.no_accel:  # child run: single process, accelerator hidden
        from desktop_app.bootstrap import open_home

        open_home(args.home)
        code = json.loads(Path(args.home, "bench.json").read_text())["code"]
        rate = fast(code, Path(args.home) / "noaccel.pdf", 1)
        print(json.dumps({"rate": rate}))
        return
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        code = setup(home, args.attendees)
        Path(home, "bench.json").write_text(json.dumps({"code": code}))
        event, certs, template, jobs, assets = load(code)
        from reportlab.lib import rl_accel

        print(
            f"{len(jobs)} certificates, template {template.name}, "
            f"rl_accel C functions: {len(rl_accel._c_funcs)}/{len(rl_accel.__all__)}, "
            f"CPUs: {os.cpu_count()}"
        )
        compare_encoders(jobs)
        first, typical = single_latency(template, jobs, assets)
        print(
            f"single certificate on demand: {first:.0f} ms first (fonts load), "
            f"{typical:.0f} ms typical"
        )
        started_cpu = time.process_time()
        base = baseline(template, jobs, args.baseline_sample)
        base_cpu = args.baseline_sample / (time.process_time() - started_cpu)
        print(
            f"baseline (QrCodeWidget, per-page background), sample of "
            f"{args.baseline_sample}: {base:7.1f} certificates/s"
        )
        print(f"baseline per CPU second:                    {base_cpu:7.1f} certificates/s")
        single = fast(code, home / "single.pdf", 1)
        print(
            f"Ikrar, one process (per CPU second):        {single:7.1f} certificates/s "
            f"({single / base_cpu:.1f}x the baseline per CPU second)"
        )
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.certificates", "--no-accel", "--home", str(home)],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        no_accel = json.loads(child.stdout.strip().splitlines()[-1])["rate"]
        print(
            f"Ikrar, one process, rl_accel hidden (CPU):  {no_accel:7.1f} certificates/s "
            f"(rl_accel gives {single / no_accel:.2f}x)"
        )
        multi = fast(code, home / "multi.pdf", None)
        print(
            f"Ikrar, worker processes + merge (one PDF):  {multi:7.1f} certificates/s "
            f"({multi / base:.1f}x the baseline)"
        )
        size = (home / "multi.pdf").stat().st_size
        print(f"  output {size / 1e6:.1f} MB for {len(jobs)} pages")
        from desktop_app.documents.certificates.certificate_pdf import render_batch_files

        started = time.perf_counter()
        render_batch_files(template, jobs, home / "each", assets)
        per_file = len(jobs) / (time.perf_counter() - started)
        print(
            f"Ikrar, one PDF per attendee (processes):    {per_file:7.1f} certificates/s "
            f"({per_file / base:.1f}x)"
        )
        from desktop_app.models import close_db

        close_db()


if __name__ == "__main__":
    main()
