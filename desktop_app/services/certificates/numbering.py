"""Certificate numbers: plain ("001/SERT/BAWASLU-KPG/IX/2024") and never doubled offline.

Decision: **blocks of sequence numbers from one allocator**. Each station draws its
numbers from blocks (``CertificateNumberBlock``: first..last sequence, for one station).
The allocator of an event is the station that created it (the organizer's laptop); it
never hands out two overlapping ranges, so stations that got their blocks from it never
print the same number, even when none of them is online. It allocates:

- its own blocks, automatically: a station alone takes its first block when it issues
  its first certificate, and its next block when one runs out;
- blocks for named desks, at set-up (Acara page, ``ikrar number-blocks``); a desk uses
  the blocks allocated to its station name (Settings), which reach it by sync or bundle.

**The hub as allocator.** When the organizer's laptop syncs with a hub, it hands the
rest of the event's numbers to the hub (``hand_over_to_hub``: one block from its next free
number on, held by ``HUB_HOLDER``) and stops allocating. From then on the hub hands out
blocks from that range (``allocate_hub_block``, in one transaction under the hub-wide
lock): to every station that syncs with it (at pairing, its first sync) and to a station
that runs low (fewer than ``LOW_WATER`` free numbers). The station stores its block as its
own row and pushes it, so the others learn it through the hub like any other row. The
hand-over travels in the organizer's outbox after every block it allocated before, so the
hub knows all of them when it starts. Stations take hub blocks exactly like the
organizer's. A station without a hub (or offline before its first block) keeps the rules
above.

A desk that holds no block and is not the allocator must not invent plain numbers (two
such desks would collide, and the unique number would stall their sync). It falls back to
numbers prefixed with its station code ("7F2A.001/SERT/..."), unique by construction, and
the Acara page says so before anything is printed.

Sequence numbers are never reused (revoked certificates included) and reprints keep
their number. A rendered number another event already uses (two events of one organizer
in the same month) is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from peewee import fn

from desktop_app.models import Certificate, CertificateNumberBlock, Event, Station, local_station
from desktop_app.models.clock import clock
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.localtime import to_local
from desktop_app.services.events.certificate_number_format import fallback_format, fill_format

BLOCK_SIZE = 100
MAX_BLOCK_SIZE = 100_000
LOW_WATER = 20  # a station with fewer free numbers asks the hub for its next block
HUB_HOLDER = "hub"  # holder_station of the hand-over block: the hub allocates from there on
HANDOVER_LAST = 999_999_999


@dataclass(frozen=True)
class NumberParts:
    seq: int
    station: str
    number: str


def render_number(fmt: str, seq: int, station: str, event: Event) -> str:
    """Fill a number format; month and year come from the event's local start date."""
    local = to_local(event.starts_at, event.timezone)
    return fill_format(
        fmt,
        seq=seq,
        station=station,
        org=event.organizer_code,
        event_code=event.code,
        month=local.month,
        year=local.year,
    )


# --- blocks -------------------------------------------------------------------------------


def handover_block(event: Event) -> CertificateNumberBlock | None:
    """The block that handed the rest of ``event``'s numbers to the hub, if any."""
    block: CertificateNumberBlock | None = (
        CertificateNumberBlock.select()
        .where(
            (CertificateNumberBlock.event == event)
            & (CertificateNumberBlock.holder_station == HUB_HOLDER)
        )
        .order_by(CertificateNumberBlock.first_seq)
        .first()
    )
    return block


def is_allocator(event: Event, station: Station | None = None) -> bool:
    """Whether ``station`` (this one by default) hands out number blocks for ``event``:
    the station that created it, until it handed the numbers to a hub."""
    station = station or local_station()
    return bool(event.station_id == station.id) and handover_block(event) is None


def blocks_for(event: Event, station: Station | None = None) -> list[CertificateNumberBlock]:
    """The blocks ``station`` draws from, in order: allocated to its id, or to its name."""
    station = station or local_station()
    name = station.name.strip().casefold()
    return [
        b
        for b in CertificateNumberBlock.select()
        .where(CertificateNumberBlock.event == event)
        .order_by(CertificateNumberBlock.first_seq)
        if b.holder_station == station.id
        or (not b.holder_station and b.holder_name.strip().casefold() == name)
    ]


def all_blocks(event: Event) -> list[CertificateNumberBlock]:
    return list(
        CertificateNumberBlock.select()
        .where(CertificateNumberBlock.event == event)
        .order_by(CertificateNumberBlock.first_seq)
    )


def _block_numbers(event: Event) -> Any:
    """Certificates of ``event`` numbered from blocks (not from a desk's fallback prefix)."""
    prefixed = fn.SUBSTR(Certificate.number, 1, fn.LENGTH(Certificate.station_prefix) + 1) == (
        Certificate.station_prefix.concat(".")
    )
    return Certificate.select().where((Certificate.event == event) & ~prefixed)


def _next_block_start(event: Event) -> int:
    """Where the allocator's next block starts: after every block and every number of the
    event this station knows, so its allocations never overlap."""
    last_block = (
        CertificateNumberBlock.select(fn.MAX(CertificateNumberBlock.last_seq))
        .where(
            (CertificateNumberBlock.event == event)
            & (CertificateNumberBlock.holder_station != HUB_HOLDER)
        )
        .scalar()
    )
    last_issued = _block_numbers(event).select(fn.MAX(Certificate.seq)).scalar()
    start = max(int(last_block or 0), int(last_issued or 0)) + 1
    handover = handover_block(event)
    return max(start, handover.first_seq) if handover is not None else start


def allocate_block(
    event: Event,
    holder_name: str,
    size: int = BLOCK_SIZE,
    holder_station: str = "",
    operator: str = "",
) -> CertificateNumberBlock:
    """Hand the next free range of ``size`` numbers to a station (by name, or by id).

    Only the allocator calls this; the range starts after every block and every number
    of the event this station knows, so its own allocations never overlap.
    """
    if handover_block(event) is not None:
        raise UserError(
            "numbering.handed_to_hub",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Blok nomor sertifikat acara ini kini dibagikan oleh hub kepada setiap "
                "stasiun yang tersinkron.",
            ),
        )
    if not is_allocator(event):
        raise UserError(
            "numbering.not_allocator",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Blok nomor sertifikat hanya dapat dibagikan oleh stasiun yang membuat acara ini.",
            ),
        )
    holder_name = " ".join(holder_name.split())
    if not holder_name and not holder_station:
        raise UserError(
            "numbering.block_holder_required",
            QT_TRANSLATE_NOOP("ServiceMessages", "Nama stasiun penerima blok wajib diisi."),
            field="holder_name",
        )
    if not 1 <= size <= MAX_BLOCK_SIZE:
        raise UserError(
            "numbering.block_size_range",
            QT_TRANSLATE_NOOP("ServiceMessages", "Ukuran blok harus antara 1 dan {limit}."),
            field="size",
            limit=f"{MAX_BLOCK_SIZE:,}".replace(",", "."),
        )
    with CertificateNumberBlock._meta.database.atomic():
        first = _next_block_start(event)
        block: CertificateNumberBlock = CertificateNumberBlock.create(
            event=event,
            first_seq=first,
            last_seq=first + size - 1,
            holder_name=holder_name,
            holder_station=holder_station,
        )
        from desktop_app.services.common.audit import log_action

        log_action(
            "certificates.number_block",
            "event",
            event.id,
            operator,
            holder=holder_name or holder_station,
            first=block.first_seq,
            last=block.last_seq,
        )
    return block


def hand_over_to_hub(event: Event) -> CertificateNumberBlock | None:
    """Give the hub the rest of ``event``'s numbers (the allocator only, once)."""
    db = CertificateNumberBlock._meta.database
    with db.atomic():
        if not is_allocator(event):
            return None
        block: CertificateNumberBlock = CertificateNumberBlock.create(
            event=event,
            first_seq=_next_block_start(event),
            last_seq=HANDOVER_LAST,
            holder_name="Hub",
            holder_station=HUB_HOLDER,
        )
        from desktop_app.services.common.audit import log_action

        log_action(
            "certificates.numbers_to_hub", "event", event.id, "sinkronisasi", first=block.first_seq
        )
    return block


def free_numbers(event: Event, station: Station | None = None) -> int:
    """How many numbers ``station``'s blocks still hold for ``event``."""
    station = station or local_station()
    return sum(b.last_seq - _used_in(event, b) for b in blocks_for(event, station))


def allocate_hub_block(
    event: Event, holder_station: str, holder_name: str, size: int = BLOCK_SIZE
) -> tuple[CertificateNumberBlock, bool] | None:
    """On the hub (inside its write transaction): the block ``holder_station`` should use
    next, and whether it is new. A station that still holds ``LOW_WATER`` free numbers
    from the hub gets that block again (its earlier answer may have been lost); ``None``
    when the event's numbers were never handed to the hub or its range is used up."""
    handover = handover_block(event)
    if handover is None:
        return None
    held = [
        b
        for b in all_blocks(event)
        if b.holder_station == holder_station and b.first_seq >= handover.first_seq
    ]
    free = sum(b.last_seq - _used_in(event, b) for b in held)
    if held and free >= LOW_WATER:
        return held[-1], False
    first = _next_block_start(event)
    last = min(first + max(1, min(size, MAX_BLOCK_SIZE)) - 1, handover.last_seq)
    if first > last:
        return None
    # Written as the holder's own row (its author), without an outbox entry: the holder
    # stores it with one and pushes it like anything it wrote, so it reaches every station
    # through the holder, and reaches a hub restored from a backup again.
    block = CertificateNumberBlock(
        event=event,
        first_seq=first,
        last_seq=last,
        holder_name=" ".join(holder_name.split())[:100],
        holder_station=holder_station,
        station_id=holder_station,
        hlc=clock.now(),
    )
    block.save(force_insert=True, log_change=False)
    return block, True


def _used_in(event: Event, block: CertificateNumberBlock) -> int:
    """The highest sequence used in ``block`` (first - 1 when none)."""
    value = (
        _block_numbers(event)
        .select(fn.MAX(Certificate.seq))
        .where((Certificate.seq >= block.first_seq) & (Certificate.seq <= block.last_seq))
        .scalar()
    )
    return int(value) if value is not None else block.first_seq - 1


def _free_seqs(event: Event, station: Station) -> Iterator[int]:
    """Free sequence numbers of this station's blocks, then of new blocks it allocates
    itself when it is the allocator; stops when there are none left."""
    for block in blocks_for(event, station):
        yield from range(_used_in(event, block) + 1, block.last_seq + 1)
    while is_allocator(event, station):
        block = allocate_block(event, station.name, BLOCK_SIZE, holder_station=station.id)
        yield from range(block.first_seq, block.last_seq + 1)


def _fallback_seqs(event: Event, station: Station) -> Iterator[int]:
    value = (
        Certificate.select(fn.MAX(Certificate.seq))
        .where(
            (Certificate.event == event)
            & (Certificate.station_prefix == station.code)
            & Certificate.number.startswith(station.code + ".")
        )
        .scalar()
    )
    seq = int(value or 0)
    while True:
        seq += 1
        yield seq


def allocate(event: Event, station: str, count: int = 1) -> list[NumberParts]:
    """The next ``count`` numbers for this station (call inside the issuing transaction).

    ``station`` is this station's code (for formats that print ``{station}``).
    """
    local = local_station()
    fmt = event.certificate_number_format
    allocated: list[NumberParts] = []
    for source, form in ((_free_seqs(event, local), fmt), (_fallback_seqs(event, local), None)):
        while len(allocated) < count:
            batch = []
            for seq in source:
                batch.append(seq)
                if len(batch) == count - len(allocated):
                    break
            if not batch:
                break
            used_format = form if form is not None else fallback_format(fmt)
            candidates = [
                NumberParts(s, station, render_number(used_format, s, station, event))
                for s in batch
            ]
            taken = {
                row.number
                for row in Certificate.select(Certificate.number).where(
                    Certificate.number.in_([c.number for c in candidates])
                )
            }
            allocated += [c for c in candidates if c.number not in taken]
        if len(allocated) >= count:
            break
    return allocated


@dataclass(frozen=True)
class NextNumber:
    """Where this station's next certificate number comes from (nothing is allocated)."""

    seq: int
    block: str  # "1–100 (Meja Utama)"; empty for a fallback number
    fallback: bool  # no block from the allocator: the number carries the station code
    station_code: str


def next_number(event: Event) -> NextNumber:
    """The sequence the next certificate issued on this station will take."""
    local = local_station()
    for block in blocks_for(event, local):
        used = _used_in(event, block)
        if used < block.last_seq:
            label = f"{block.first_seq}–{block.last_seq} ({block.holder_name or local.name})"
            return NextNumber(used + 1, label, False, local.code)
    if is_allocator(event, local):
        first = _next_block_start(event)
        return NextNumber(
            first, f"{first}–{first + BLOCK_SIZE - 1} ({local.name})", False, local.code
        )
    return NextNumber(next(_fallback_seqs(event, local)), "", True, local.code)


@dataclass(frozen=True)
class NumberPreview:
    number: str
    block: str
    fallback: bool


def preview_next(event: Event, fmt: str | None = None) -> NumberPreview:
    """The number the next certificate issued on this station will carry (exactly as it
    will be printed). ``fmt``: a format being edited (else the event's)."""
    nxt = next_number(event)
    fmt = event.certificate_number_format if fmt is None else fmt
    used = fallback_format(fmt) if nxt.fallback else fmt
    return NumberPreview(
        render_number(used, nxt.seq, nxt.station_code, event), nxt.block, nxt.fallback
    )


def last_seq(event: Event, station: str) -> int:
    """The highest sequence this station used for this event (0 when none)."""
    value = (
        Certificate.select(fn.MAX(Certificate.seq))
        .where((Certificate.event == event) & (Certificate.station_prefix == station))
        .scalar()
    )
    return int(value or 0)
