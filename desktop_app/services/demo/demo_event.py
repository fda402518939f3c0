"""A realistic demo event: a Bawaslu district briefing at a hotel in Kupang (WITA).

Names, titles, institutions and identifiers are synthetic but valid in structure,
so every screen and document can be tried without real personal data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from desktop_app.models import Attendee, Event, stamp_and_log_many
from desktop_app.models.categories import Category, Role, Source
from desktop_app.services.common.codes import random_code
from desktop_app.services.events.event_store import EventInput, create_event
from desktop_app.services.events.officials import OfficialInput
from desktop_app.services.people.names import bare_name

MALE_FIRST = [
    "Yohanes",
    "Fransiskus",
    "Petrus",
    "Yosef",
    "Marthen",
    "Daniel",
    "Yakobus",
    "Stefanus",
    "Agustinus",
    "Aloysius",
    "Benediktus",
    "Kornelis",
    "Markus",
    "Simon",
    "Paulus",
    "Ahmad",
    "Muhammad",
    "Abdul",
    "Budi",
    "Agus",
    "Imanuel",
    "Yeremias",
    "Frederik",
    "Hendrik",
    "Thomas",
    "Alexander",
    "Robert",
    "Gabriel",
    "Emanuel",
    "Raimundus",
    "Herman",
    "Yusuf",
]
FEMALE_FIRST = [
    "Maria",
    "Yuliana",
    "Agustina",
    "Fransiska",
    "Theresia",
    "Elisabeth",
    "Margaretha",
    "Siti",
    "Nur",
    "Sri",
    "Dewi",
    "Ratna",
    "Yohana",
    "Kristina",
    "Veronika",
    "Anastasia",
    "Magdalena",
    "Roswita",
    "Imelda",
    "Natalia",
    "Rosalia",
    "Serlin",
    "Aminah",
    "Fatimah",
]
MIDDLE = ["B.", "L.", "M.", "D.", "K.", "A.", "R.", "S.", "", "", "", "", "", ""]
FAMILY = [
    "Nggadas",
    "Tefa",
    "Bria",
    "Nenabu",
    "Sabu",
    "Manafe",
    "Lay",
    "Ndun",
    "Nalle",
    "Taneo",
    "Boimau",
    "Amalo",
    "Fanggidae",
    "Kapitan",
    "Seran",
    "Nahak",
    "Riwu",
    "Dethan",
    "Pah",
    "Benu",
    "Tanesib",
    "Nope",
    "Sinlae",
    "Kolo",
    "Ratu",
    "Bessie",
    "Haning",
    "Kana",
    "Lalong",
    "Mitar",
    "Jehadun",
    "Pandie",
    "Sjioen",
    "Rohi",
    "Lobo",
    "Kase",
    "Tallo",
]
ASN_INSTITUTIONS = [
    ("Dinas Pendidikan dan Kebudayaan", ["Kepala Sekolah", "Guru Ahli Muda", "Pengawas Sekolah"]),
    ("Dinas Kesehatan", ["Perawat Ahli Pertama", "Bidan Terampil", "Kepala Puskesmas"]),
    ("Badan Kepegawaian dan Pengembangan SDM", ["Analis Kepegawaian", "Kepala Bidang"]),
    ("Sekretariat Daerah", ["Kepala Bagian Hukum", "Analis Kebijakan", "Pengadministrasi Umum"]),
    ("Dinas Pertanian", ["Penyuluh Pertanian", "Kepala Seksi Produksi"]),
    ("Kantor Camat Kupang Tengah", ["Camat", "Sekretaris Camat", "Kepala Seksi Pemerintahan"]),
    ("Kantor Camat Kupang Timur", ["Camat", "Kepala Seksi Trantib"]),
    ("Kantor Camat Taebenu", ["Camat", "Kepala Seksi Pemberdayaan"]),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", ["Kepala Bidang Bina Marga", "Teknik Jalan"]),
    ("Badan Kesatuan Bangsa dan Politik", ["Kepala Badan", "Analis Politik"]),
    ("RSUD Naibonat", ["Dokter Ahli Muda", "Perawat Terampil"]),
    ("Dinas Kependudukan dan Pencatatan Sipil", ["Kepala Dinas", "Administrator Database"]),
]
VILLAGES = [
    "Oelnasi",
    "Noelbaki",
    "Baumata",
    "Oesao",
    "Tarus",
    "Penfui Timur",
    "Oebelo",
    "Tanah Merah",
    "Nunkurus",
    "Manulai",
    "Bokong",
    "Kuaklalo",
    "Oeltua",
    "Oenesu",
    "Camplong I",
    "Naibonat",
]
TNI_UNITS = ["Kodim 1604/Kupang", "Koramil 1604-03/Kupang Tengah", "Yonif 743/PSY"]
TNI_RANKS = ["Kapten Inf", "Lettu Inf", "Serka", "Sertu", "Kopda", "Praka"]
POLRI_UNITS = ["Polres Kupang", "Polsek Kupang Tengah", "Polsek Kupang Timur", "Polsek Taebenu"]
POLRI_RANKS = ["AKP", "Iptu", "Ipda", "Aiptu", "Bripka", "Brigpol", "Briptu"]
PUBLIC_INSTITUTIONS = [
    "KNPI Kabupaten Kupang",
    "Tokoh Agama",
    "Tokoh Masyarakat",
    "Pers",
    "Mahasiswa Undana",
    "GMKI Cabang Kupang",
    "Pramuka Kwarcab Kupang",
]
CATEGORY_WEIGHTS = [
    (Category.ASN, 50),
    (Category.PPPK, 12),
    (Category.KEPALA_DESA, 10),
    (Category.PERANGKAT_DESA, 8),
    (Category.TNI, 6),
    (Category.POLRI, 6),
    (Category.UMUM, 8),
]
NIK_DISTRICTS = [f"5301{d:02d}" for d in range(1, 25)]  # Kabupaten Kupang, NTT


def demo_activity() -> list[Callable[[Event, random.Random], None]]:
    """What happens at the demo event, in order: check-ins, then signatures (only present
    people sign), then certificates (for those present and signed)."""
    from desktop_app.services.demo.certificates import issue_demo_certificates
    from desktop_app.services.demo.checkins import add_demo_checkins
    from desktop_app.services.demo.signatures import add_demo_signatures

    return [add_demo_checkins, add_demo_signatures, issue_demo_certificates]


def _birth_date(rng: random.Random, youngest: int = 23, oldest: int = 58) -> dt.date:
    reference = dt.date(2024, 9, 27)
    days = rng.randint(youngest * 365, oldest * 365)
    return reference - dt.timedelta(days=days)


def make_nip(rng: random.Random, birth: dt.date, female: bool) -> str:
    """A structurally valid PNS NIP: birth date, TMT year-month, gender, sequence."""
    year = rng.randint(birth.year + 20, min(birth.year + 35, 2023))
    month = rng.randint(1, 12)
    return f"{birth:%Y%m%d}{year}{month:02d}{2 if female else 1}{rng.randint(1, 999):03d}"


def make_nipppk(rng: random.Random, birth: dt.date, female: bool) -> str:
    """A PPPK number: birth date, year of appointment, a non-month code, gender, sequence."""
    year = rng.choice([2021, 2022, 2023, 2024])
    code = rng.choice([21, 22, 23, 24])
    return f"{birth:%Y%m%d}{year}{code}{2 if female else 1}{rng.randint(1, 999):03d}"


def make_nik(rng: random.Random, birth: dt.date, female: bool) -> str:
    """A NIK: region, DDMMYY with +40 on the day for women, sequence."""
    day = birth.day + (40 if female else 0)
    return f"{rng.choice(NIK_DISTRICTS)}{day:02d}{birth:%m%y}{rng.randint(1, 9999):04d}"


def make_nrp(rng: random.Random, birth: dt.date) -> str:
    """A Polri-style NRP: YYMM of birth plus a 4-digit sequence."""
    return f"{birth:%y%m}{rng.randint(1, 9999):04d}"


def _person(rng: random.Random, category: Category) -> dict[str, str]:
    female = rng.random() < (0.45 if category in (Category.ASN, Category.PPPK) else 0.2)
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    middle = rng.choice(MIDDLE)
    core = " ".join(p for p in (first, middle, rng.choice(FAMILY)) if p)
    birth = _birth_date(rng)
    person: dict[str, str] = {"category": category.value}
    if category in (Category.ASN, Category.PPPK):
        institution, positions = rng.choice(ASN_INSTITUTIONS)
        person["institution"] = (
            f"{institution} Kabupaten Kupang" if "Camat" not in institution else institution
        )
        person["position"] = rng.choice(positions)
        prefix = rng.choice(
            [
                "",
                "",
                "",
                "Drs. " if not female else "Dra. ",
                "Ir. ",
                "dr. ",
                "Hj. " if female else "H. ",
            ]
        )
        suffix = rng.choice(
            [
                ", S.Pd.",
                ", S.E.",
                ", S.H.",
                ", S.Kep., Ns.",
                ", S.Sos., M.Si.",
                ", S.T.",
                ", A.Md.",
                ", M.M.",
                ", S.Pd., M.Pd.",
                "",
            ]
        )
        person["full_name"] = f"{prefix}{core}{suffix}"
        maker = make_nip if category is Category.ASN else make_nipppk
        person["nip"] = maker(rng, birth, female)
    elif category in (Category.KEPALA_DESA, Category.PERANGKAT_DESA):
        village = rng.choice(VILLAGES)
        person["institution"] = f"Desa {village}"
        person["position"] = (
            "Kepala Desa"
            if category is Category.KEPALA_DESA
            else rng.choice(
                ["Sekretaris Desa", "Kepala Urusan Keuangan", "Kepala Dusun", "Kasi Pemerintahan"]
            )
        )
        person["full_name"] = core + rng.choice(["", "", ", S.Sos.", ", S.IP."])
        person["nik"] = make_nik(rng, birth, female)
    elif category is Category.TNI:
        person["institution"] = rng.choice(TNI_UNITS)
        person["position"] = rng.choice(TNI_RANKS)
        person["full_name"] = core
        person["nrp"] = f"{rng.randint(3, 6)}{rng.randint(1000000, 9999999)}"
    elif category is Category.POLRI:
        person["institution"] = rng.choice(POLRI_UNITS)
        person["position"] = rng.choice(POLRI_RANKS)
        person["full_name"] = core + rng.choice(["", "", ", S.H.", ", S.I.K."])
        person["nrp"] = make_nrp(rng, birth)
    else:
        person["institution"] = rng.choice(PUBLIC_INSTITUTIONS)
        person["position"] = rng.choice(["Ketua", "Anggota", "Sekretaris", "Wartawan"])
        person["full_name"] = core
    person["phone"] = (
        f"08{rng.choice(['12', '13', '21', '52', '53', '77'])}{rng.randint(10_000_000, 99_999_999)}"
    )
    return person


def demo_event_input() -> EventInput:
    """The demo event's details."""
    return EventInput(
        title="Sosialisasi dan Deklarasi Netralitas ASN, TNI, Polri dan Kepala Desa "
        "pada Pemilihan Serentak Tahun 2024",
        organizer="Badan Pengawas Pemilihan Umum Kabupaten Kupang",
        organizer_code="BAWASLU-KPG",
        level="KABUPATEN",
        venue="Ballroom Hotel Aston Kupang",
        city="Kupang",
        timezone="Asia/Makassar",
        starts_local=dt.datetime(2024, 9, 27, 8, 0),
        ends_local=dt.datetime(2024, 9, 27, 13, 0),
        officials=[
            OfficialInput(
                name="Marthinus R. Neolaka, S.H.",
                position="Ketua Bawaslu Kabupaten Kupang",
                signs="SERTIFIKAT,DAFTAR_HADIR,DEKLARASI",
            ),
            OfficialInput(
                name="Drs. Alfons L. Tamelab, M.Si.",
                position="Penjabat Bupati Kupang",
                nip="19680412 199303 1 007",
                signs="DEKLARASI",
            ),
        ],
    )


def generate_attendees(event: Event, count: int, rng: random.Random) -> list[Attendee]:
    """Build (unsaved) attendees with mixed categories and valid identifiers."""
    categories = [c for c, _ in CATEGORY_WEIGHTS]
    weights = [w for _, w in CATEGORY_WEIGHTS]
    codes: set[str] = set()
    attendees = []
    for index in range(count):
        category = rng.choices(categories, weights)[0]
        person = _person(rng, category)
        code = random_code(8)
        while code in codes:
            code = random_code(8)
        codes.add(code)
        role = Role.NARASUMBER if index < 3 else Role.PESERTA
        attendees.append(
            Attendee(
                event=event,
                code=code,
                sort_name=bare_name(person["full_name"]),
                role=role.value,
                source=Source.INVITED.value,
                **person,
            )
        )
    return attendees


def create_demo_event(attendees: int = 300, seed: int = 2024, activity: bool = True) -> Event:
    """Create the demo event with ``attendees`` invited people and (``activity``) the demo's
    check-ins, signatures and certificates."""
    if attendees < 0:
        from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

        raise UserError(
            "demo.negative_attendees",
            QT_TRANSLATE_NOOP("ServiceMessages", "Jumlah peserta tidak boleh negatif."),
            field="attendees",
        )
    rng = random.Random(seed)
    db = Event._meta.database
    with db.atomic():
        event = create_event(demo_event_input(), operator="demo")
        from desktop_app.services.demo.letterhead import DEMO_LETTERHEAD, demo_logo
        from desktop_app.services.events.letterhead import set_letterhead

        set_letterhead(event, DEMO_LETTERHEAD, demo_logo(), operator="demo")
        stamp_and_log_many(Attendee, generate_attendees(event, attendees, rng))
    for add_activity in demo_activity() if activity else []:
        add_activity(event, rng)
    return event
