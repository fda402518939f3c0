"""One rendering path for batch documents: certificates, letters, badges and statements.

A *painter* knows one document kind. ``begin`` draws what every page shares into PDF form
XObjects (``beginForm``) once per file; ``page`` draws one page from its jobs and refers to
those forms (``doForm``), so a background, a letterhead or a frame costs its bytes and its
drawing time once per file instead of once per page.

Big batches are cut into slices rendered by worker processes (both cores of a desk
laptop), each into its own PDF, and joined in order with PDFium. The first slice is the
base of the joined file, so the document information (title, author, subject) survives.
Workers are forked where the platform allows it and the process has no other threads
(the CLI): a fork costs milliseconds where a fresh interpreter spends ~0.4 s importing
reportlab. Elsewhere (Windows, or a GUI worker thread) they are spawned, and only batches
big enough to repay that start-up use them.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.common.pdf_setup import PdfInfo, new_canvas, register_fonts

log = logging.getLogger("ikrar.documents")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PagePainter(Protocol):
    """Draws pages of one document kind; built in each worker from a picklable factory."""

    pagesize: tuple[float, float]
    per_page: int  # jobs drawn on one page (8 badges, 1 certificate)

    def begin(self, canvas: Canvas) -> None:
        """Define the forms shared by every page of a new file."""

    def page(self, canvas: Canvas, jobs: Sequence[Any]) -> None:
        """Draw one page (the caller calls ``showPage``)."""


PainterFactory = Callable[[], PagePainter]


class FormNames:
    """Names of one file's form XObjects, by what they draw (any hashable key).

    A dictionary rather than a digest of the content: hashing a few kilobytes with
    hashlib releases the GIL, and a drawing thread then waits for helper threads
    preparing images (the "convoy" that made statements twice as slow).
    """

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._names: dict[object, str] = {}

    def reset(self) -> None:
        """A new file: the forms of the previous one do not exist in it."""
        self._names = {}

    def name(self, key: object) -> tuple[str, bool]:
        """The form's name and whether it still has to be drawn (first use in this file)."""
        found = self._names.get(key)
        if found is not None:
            return found, False
        found = f"{self._prefix}{len(self._names) + 1}"
        self._names[key] = found
        return found, True


@dataclass
class BatchResult:
    count: int
    paths: list[Path] = field(default_factory=list)
    cancelled: bool = False


class BatchCancelled(Exception):
    """The user stopped a batch; no partial file was left behind."""


# Measured per page on this kind of machine: forked workers pay off from a few dozen
# pages; spawned ones (a new interpreter importing reportlab, ~0.4 s of CPU each) only
# for batches of several hundred.
FORK_THRESHOLD_PAGES = 60
SPAWN_THRESHOLD_PAGES = 400


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    single_threaded = threading.active_count() == 1
    if sys.platform != "win32" and "fork" in methods and single_threaded:
        return "fork"
    return "spawn"


def worker_count(pages: int, processes: int | None = None, method: str | None = None) -> int:
    """How many processes render ``pages`` pages: 1 below the break-even point."""
    if processes is not None:
        return max(1, processes)
    cores = min(os.cpu_count() or 1, 4)
    threshold = (
        FORK_THRESHOLD_PAGES if (method or _start_method()) == "fork" else (SPAWN_THRESHOLD_PAGES)
    )
    return cores if pages >= threshold and cores > 1 else 1


def _pages_of(jobs: Sequence[Any], per_page: int) -> list[Sequence[Any]]:
    return [jobs[i : i + per_page] for i in range(0, len(jobs), per_page)]


def _prefetch(painter: PagePainter, pages: Sequence[Sequence[Any]]) -> Callable[[], None]:
    """Let a painter start preparing images of the pages to come (optional hook
    ``prefetch(pages)``, returning a function that releases its helpers)."""
    hook = getattr(painter, "prefetch", None)
    if hook is None:
        return lambda: None
    done: Callable[[], None] = hook(pages)
    return done


def _render_file(
    painter: PagePainter, info: PdfInfo, pages: Sequence[Sequence[Any]], path: str
) -> int:
    canvas = new_canvas(path, painter.pagesize, info)
    painter.begin(canvas)
    release = _prefetch(painter, pages)
    try:
        for jobs in pages:
            painter.page(canvas, jobs)
            canvas.showPage()
    finally:
        release()
    canvas.save()
    return sum(len(p) for p in pages)


def _render_slice(args: tuple[PainterFactory, PdfInfo, list[Sequence[Any]], str]) -> str:
    """Worker: a slice of pages into its own PDF file; returns the path."""
    factory, info, pages, path = args
    _render_file(factory(), info, pages, path)
    return path


def _slices(pages: list[Sequence[Any]], workers: int) -> Iterator[list[Sequence[Any]]]:
    # Several slices per worker: progress moves, and a slow slice does not idle the others.
    size = max(10, -(-len(pages) // (workers * 3)))
    for start in range(0, len(pages), size):
        yield pages[start : start + size]


def render_pdf(
    factory: PainterFactory,
    info: PdfInfo,
    jobs: Sequence[Any],
    out: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> BatchResult:
    """Render every job into one PDF at ``out``. Cancelling leaves no partial file.

    ``meanwhile`` runs in this process while the workers render (before the first page
    when there are none); if it raises, nothing is written and the error propagates."""
    out.parent.mkdir(parents=True, exist_ok=True)
    register_fonts()  # forked workers inherit the parsed fonts
    probe = factory()
    pages = _pages_of(jobs, probe.per_page)
    method = _start_method()
    workers = worker_count(len(pages), processes, method)
    tmp = out.with_name(out.name + ".part")
    try:
        if workers <= 1:
            if meanwhile is not None:
                meanwhile()
            done = _render_sequential(probe, info, pages, tmp, progress, cancelled)
            if done < len(jobs):
                tmp.unlink(missing_ok=True)
                return BatchResult(done, cancelled=True)
        else:
            done = _render_parallel(
                factory, info, pages, tmp, workers, method, progress, cancelled, meanwhile
            )
            if done < len(jobs):
                return BatchResult(done, cancelled=True)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BatchResult(len(jobs), [out])


def _render_sequential(
    painter: PagePainter,
    info: PdfInfo,
    pages: list[Sequence[Any]],
    path: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    canvas = new_canvas(str(path), painter.pagesize, info)
    painter.begin(canvas)
    total = sum(len(p) for p in pages)
    done = 0
    release = _prefetch(painter, pages)
    try:
        for index, jobs in enumerate(pages):
            if cancelled is not None and cancelled():
                return done
            painter.page(canvas, jobs)
            canvas.showPage()
            done += len(jobs)
            if progress is not None and (index % 10 == 9 or index == len(pages) - 1):
                progress(done, total)
    finally:
        release()
    canvas.save()
    return done


def _render_parallel(
    factory: PainterFactory,
    info: PdfInfo,
    pages: list[Sequence[Any]],
    out: Path,
    workers: int,
    method: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
    meanwhile: Callable[[], None] | None = None,
) -> int:
    import pypdfium2 as pdfium

    total = sum(len(p) for p in pages)
    done = 0
    with tempfile.TemporaryDirectory(prefix="ikrar-batch-") as scratch:
        slices = [
            (factory, info, part, str(Path(scratch) / f"{index:05d}.pdf"))
            for index, part in enumerate(_slices(pages, workers))
        ]
        pool = multiprocessing.get_context(method).Pool(workers)
        merged: Any = None
        try:
            rendered = pool.imap(_render_slice, slices)  # the workers start now
            if meanwhile is not None:
                meanwhile()
            for path, part in zip(rendered, slices, strict=True):
                if cancelled is not None and cancelled():
                    return done
                if merged is None:
                    merged = pdfium.PdfDocument(path)  # keeps this slice's /Info
                else:
                    source = pdfium.PdfDocument(path)
                    merged.import_pages(source)
                    source.close()
                done += sum(len(p) for p in part[2])
                if progress is not None:
                    progress(done, total)
            if merged is not None:
                merged.save(str(out))
        finally:
            pool.terminate()
            if merged is not None:
                merged.close()
    return done


def render_files(
    factory: PainterFactory,
    info_for: Callable[[Any], PdfInfo],
    jobs: Sequence[Any],
    folder: Path,
    name_for: Callable[[Any], str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
) -> BatchResult:
    """One PDF per job in ``folder`` (``name_for(job)``), split over worker processes."""
    folder.mkdir(parents=True, exist_ok=True)
    method = _start_method()
    workers = worker_count(len(jobs), processes, method)
    chunks = [
        (factory, info_for, list(jobs[i : i + 20]), str(folder), name_for)
        for i in range(0, len(jobs), 20)
    ]
    paths: list[Path] = []
    pool = multiprocessing.get_context(method).Pool(workers) if workers > 1 else None
    try:
        results = pool.imap(_render_each, chunks) if pool else map(_render_each, chunks)
        for written in results:
            paths += [Path(p) for p in written]
            if progress is not None:
                progress(len(paths), len(jobs))
            if cancelled is not None and cancelled():
                return BatchResult(len(paths), paths, cancelled=True)
    finally:
        if pool is not None:
            pool.terminate()
    return BatchResult(len(paths), paths)


def _render_each(
    args: tuple[PainterFactory, Callable[[Any], PdfInfo], list[Any], str, Callable[[Any], str]],
) -> list[str]:
    factory, info_for, jobs, folder, name_for = args
    painter = factory()  # once per chunk: fitted texts and images are reused
    written = []
    for job in jobs:
        path = str(Path(folder) / name_for(job))
        _render_file(painter, info_for(job), [[job]], path)
        written.append(path)
    return written
