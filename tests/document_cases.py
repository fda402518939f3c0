"""Events for the document tests: the demo mix plus the edge cases an auditor found.

Edge cases: very long names with many titles, PPPK staff, a guest known only by NIK,
accented names, a 14-digit TNI NRP, long institutions that wrap, and up to eight
officials who each sign (or not) the collective text, the daftar hadir and the
certificates on the pad.
"""

from __future__ import annotations

from desktop_app.models import Attendee, Event, Official, stamp_and_log_many
from desktop_app.services.events.officials import OfficialInput, set_officials
from desktop_app.services.people.names import bare_name
from tests.factories import check_in, sign, sign_collective, sign_document

LONGEST_NAME = (
    "Prof. Dr. Drs. H. Muhammad Abdurrahman Kusumaningrat Wicaksono Nggadas-Tanesib, "
    "S.H., S.Kep., Ns., M.Si., M.Kes., Ph.D."
)
EDGE_PEOPLE = [
    # (full name, category, nip, nik, nrp, position, institution)
    (
        LONGEST_NAME,
        "ASN",
        "197003151995031002",
        "",
        "",
        "Kepala Bidang Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat",
        "Badan Kesatuan Bangsa dan Politik Kabupaten Kupang Provinsi Nusa Tenggara Timur",
    ),
    (
        "Hj. Siti Aminah Nggadas-Tanesib, S.Kep., Ns.",
        "PPPK",
        "199009132022242014",
        "",
        "",
        "Perawat Ahli Pertama",
        "RSUD Naibonat",
    ),
    ("Yohanes Bria", "UMUM", "", "5301014309860003", "", "Tokoh Masyarakat", "Desa Oelnasi"),
    (
        "María José Ñandú Ramírez-Müller, S.Sos.",
        "UMUM",
        "",
        "",
        "",
        "Wartawan",
        "Pers Bahasa Asing",
    ),
    ("Serka Agustinus Lalong", "TNI", "", "", "31970512345678", "Serka", "Kodim 1604/Kupang"),
    (
        "Drs. Ándre Łukasz Fanggidaé, M.Pd.",
        "PPPK",
        "198507122023211001",
        "",
        "",
        "Guru Ahli Pertama",
        "SMP Negeri 1 Kupang Tengah",
    ),
]

OFFICIALS = [
    ("Marthinus R. Neolaka, S.H.", "Ketua Bawaslu Kabupaten Kupang", ""),
    ("Drs. Alfons L. Tamelab, M.Si.", "Penjabat Bupati Kupang", "196804121993031007"),
    ("Ir. Yosef Benu, M.T.", "Sekretaris Daerah Kabupaten Kupang", "197101011998031005"),
    ("AKBP Anak Agung Gede Anom Wirata, S.I.K.", "Kepala Kepolisian Resor Kupang", ""),
    ("Letkol Inf Rudy Haryanto", "Komandan Kodim 1604/Kupang", ""),
    (
        "Dr. Hj. Fatimah Ratu, S.H., M.H.",
        "Kepala Kejaksaan Negeri Kabupaten Kupang",
        "197505052000032001",
    ),
    ("Daniel Taneo, S.Sos.", "Ketua DPRD Kabupaten Kupang", ""),
    ("Maria Seran, S.Pd., M.M.", "Anggota Bawaslu Kabupaten Kupang", ""),
]


def add_edge_people(event: Event) -> list[Attendee]:
    """The edge-case attendees, checked in and signed (through tests/factories)."""
    people = []
    for index, (name, category, nip, nik, nrp, position, institution) in enumerate(EDGE_PEOPLE):
        people.append(
            Attendee(
                event=event,
                code=f"EDGE{index:04d}",
                full_name=name,
                sort_name=bare_name(name),
                category=category,
                nip=nip,
                nik=nik,
                nrp=nrp,
                position=position,
                institution=institution,
            )
        )
    stamp_and_log_many(Attendee, people)
    for seed, person in enumerate(people, start=40):
        check_in(event, person)
        sign(event, person, seed=seed)
    return people


def set_many_officials(event: Event, count: int, signing: int | None = None) -> list[Official]:
    """``count`` officials signing the collective text and the daftar hadir (the first two
    also the certificates, which have room for four); the first ``signing`` of them sign
    on the pad."""
    officials = set_officials(
        event,
        [
            OfficialInput(
                name=n,
                position=p,
                nip=nip,
                signs="SERTIFIKAT,DAFTAR_HADIR,DEKLARASI" if i < 2 else "DAFTAR_HADIR,DEKLARASI",
            )
            for i, (n, p, nip) in enumerate(OFFICIALS[:count])
        ],
    )
    for seed, official in enumerate(officials[: count if signing is None else signing], start=60):
        sign_collective(event, official, seed=seed)
        for document in ("DAFTAR_HADIR", "SERTIFIKAT"):
            if document in official.signs.split(","):
                sign_document(event, official, document, seed=seed + 20)
    return officials
