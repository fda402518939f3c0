"""Identifiers: NIP / NI PPPK / NIK / NRP validation, Excel damage, formatting and masking."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.services.common.errors import UserError
from desktop_app.services.people.identifiers import (
    MESSAGES,
    PROVINCES,
    IdentifierError,
    IdentifierResult,
    classify_nip,
    format_nip,
    mask_nik,
    normalize_digits,
    require_identifier,
    require_nik,
    require_nip,
    require_nipppk,
    require_nrp,
    validate_identifier,
    validate_nik,
    validate_nip,
    validate_nipppk,
    validate_nrp,
)

# Every date-dependent rule is checked against a fixed day, never the machine's clock.
TODAY = date(2025, 6, 1)

PNS_NIP = "198609142010011003"
PPPK_NIP = "199009132025242014"
# Woman born 14 September 1986 (day 14 + 40 = 54), Kupang (5301), sequence 0003.
NIK_WOMAN = "5301015409860003"
NIK_MAN = "3201011409860001"

FIX_HINT = "Format Cells → Text"


def nip(raw: Any) -> IdentifierResult:
    return validate_nip(raw, today=TODAY)


def nik(raw: Any) -> IdentifierResult:
    return validate_nik(raw, today=TODAY)


def assert_rendered(result: IdentifierResult) -> None:
    """A failed result's message is its template filled from its details (translatable)."""
    assert not result.ok
    assert result.value == ""
    assert result.code in MESSAGES
    assert result.message == MESSAGES[result.code].format(**result.details)
    assert result.message


# --- the examples of DOMAIN.md -----------------------------------------------------------


def test_pns_nip_from_domain_doc() -> None:
    result = nip("19860914 201001 1 003")
    assert result.ok, result.message
    assert (result.kind, result.value, result.message, result.code) == ("NIP", PNS_NIP, "", "")
    assert dict(result.details) == {
        "birth_date": "1986-09-14",
        "gender": "L",
        "appointment": "2010-01",
        "appointment_year": "2010",
        "appointment_month": "01",
        "sequence": "003",
        "formatted": "19860914 201001 1 003",
    }
    assert format_nip(PNS_NIP, today=TODAY) == "19860914 201001 1 003"
    assert classify_nip(PNS_NIP, today=TODAY) == "NIP"


def test_pppk_number_from_domain_doc() -> None:
    result = nip("19900913 2025 24 2 014")
    assert result.ok, result.message
    assert (result.kind, result.value) == ("NIPPPK", PPPK_NIP)
    assert result.details["appointment"] == "2025"
    assert result.details["pppk_code"] == "24"
    assert result.details["gender"] == "P"
    assert result.details["birth_date"] == "1990-09-13"
    assert "appointment_month" not in result.details
    assert format_nip(PPPK_NIP, today=TODAY) == "19900913 2025 24 2 014"
    assert classify_nip(PPPK_NIP, today=TODAY) == "NIPPPK"
    assert validate_nipppk(PPPK_NIP, today=TODAY).ok


def test_nik_woman_day_plus_forty_and_mask() -> None:
    result = nik(NIK_WOMAN)
    assert result.ok, result.message
    assert result.kind == "NIK"
    assert result.details["gender"] == "P"
    assert result.details["birth_date"] == "1986-09-14"
    assert result.details["province_code"] == "53"
    assert result.details["province"] == "Nusa Tenggara Timur"
    assert result.details["regency_code"] == "5301"
    assert result.details["district_code"] == "530101"
    assert result.details["masked"] == "5301********0003"
    assert mask_nik(NIK_WOMAN) == "5301********0003"

    man = nik(NIK_MAN)
    assert man.ok and man.details["gender"] == "L"
    assert man.details["birth_date"] == "1986-09-14"


# --- normalisation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "198609142010011003",
        "'198609142010011003",
        "  '19860914 201001 1 003  ",
        "’19860914 201001 1 003",
        "19860914.201001.1.003",
        "19860914-201001-1-003",
        "19860914–201001–1–003",
        "19860914/201001/1/003",
        "\u00a019860914\u00a0201001\u00a01\u00a0003\u00a0",
        "\ufeff19860914\u202f201001 1\t003\n",
        "19860914\u200b201001 1 003",
    ],
)
def test_decorations_are_stripped(raw: str) -> None:
    assert normalize_digits(raw) == PNS_NIP
    assert require_nip(raw, today=TODAY) == PNS_NIP


def test_normalize_keeps_what_must_be_rejected() -> None:
    # Scientific notation is not "fixed": the exponent stays and the validator rejects it.
    assert normalize_digits("1.98609E+17") == "198609E+17"
    assert normalize_digits("12,345") == "12,345"
    assert normalize_digits("NIP 123") == "NIP123"
    # Only a *leading* apostrophe is Excel's text marker.
    assert normalize_digits("123'456") == "123'456"
    assert normalize_digits("''123") == "'123"
    assert normalize_digits("") == ""


# --- rejection paths, one per code -------------------------------------------------------

NIP_REJECTIONS: list[tuple[str, str]] = [
    ("", "empty"),
    ("   ", "empty"),
    ("'", "empty"),
    ("-- / --", "empty"),
    ("19860914 20100A 1 003", "nip.chars"),
    ("19860914,201001,1,003", "nip.chars"),
    ("１９８６０９１４２０１００１１００３", "nip.chars"),  # full-width digits are not ASCII
    ("19860914 201001 1 03", "nip.length"),
    ("19860914 201001 1 0033", "nip.length"),
    ("19861314 201001 1 003", "nip.birth_date"),
    ("19860230 201001 1 003", "nip.birth_date"),
    ("19860900 201001 1 003", "nip.birth_date"),
    ("00000000 201001 1 003", "nip.birth_date"),
    ("19390914 201001 1 003", "nip.birth_year"),
    ("20110101 202601 1 003", "nip.birth_year"),  # 14 years old on TODAY
    ("19860914 200001 1 003", "nip.appointment_early"),  # appointed at 13
    ("19860914 202701 1 003", "nip.appointment_future"),
    ("19900913 2027 24 2 014", "nip.appointment_future"),
    ("19900913 2018 24 2 014", "nipppk.appointment_year"),
    ("19860914 201000 1 003", "nipppk.appointment_year"),  # month 00 → PPPK shape → 2010
    ("19860914 201013 1 003", "nipppk.appointment_year"),
    ("19860914 201001 0 003", "nip.gender"),
    ("19860914 201001 3 003", "nip.gender"),
    ("19860914 201001 9 003", "nip.gender"),
    ("19860914 201001 1 000", "nip.sequence_zero"),
    ("1.98609E+17", "excel.scientific"),
    ("198609142010011003.0", "excel.decimal"),
]


@pytest.mark.parametrize(("raw", "code"), NIP_REJECTIONS)
def test_nip_rejections(raw: str, code: str) -> None:
    result = nip(raw)
    assert result.code == code, result.message
    assert result.kind == "NIP"
    assert_rendered(result)
    with pytest.raises(IdentifierError) as caught:
        require_nip(raw, today=TODAY)
    assert caught.value.code == code
    assert str(caught.value) == result.message


def test_nip_messages_are_specific() -> None:
    assert nip("19860914 201001 1 00").message == "NIP harus 18 digit angka (tertulis 17 digit)."
    assert nip("19861314 201001 1 003").message == (
        "Tanggal lahir pada NIP tidak valid (19861314)."
    )
    assert nip("19860914 201001 3 003").message.startswith(
        "Digit jenis kelamin pada NIP harus 1 (pria) atau 2 (wanita)"
    )
    assert "tertulis 3" in nip("19860914 201001 3 003").message
    assert "(1939)" in nip("19390914 201001 1 003").message
    assert "“A”" in nip("19860914 20100A 1 003").message
    early = nip("19860914 200001 1 003")
    assert "2000-01" in early.message and "2001" in early.message
    # The NI PPPK validator names the identifier as people know it.
    assert validate_nipppk("19900913 2025 24 2 01", today=TODAY).message == (
        "NI PPPK harus 18 digit angka (tertulis 17 digit)."
    )


NIK_REJECTIONS: list[tuple[str, str]] = [
    ("", "empty"),
    ("5301 0154 0986 000X", "nik.chars"),
    ("530101540986003", "nik.length"),
    ("53010154098600031", "nik.length"),
    ("1001015409860003", "nik.province"),  # 10: no such province
    ("2001015409860003", "nik.province"),
    ("9801015409860003", "nik.province"),
    ("0001015409860003", "nik.province"),
    ("5300015409860003", "nik.regency"),
    ("5301005409860003", "nik.district"),
    ("5301013209860003", "nik.birth_date"),  # day 32
    ("5301017209860003", "nik.birth_date"),  # woman, day 72 - 40 = 32
    ("5301010009860003", "nik.birth_date"),  # day 00
    ("5301014009860003", "nik.birth_date"),  # 40: neither a man's day nor a woman's
    ("5301011413860003", "nik.birth_date"),  # month 13
    ("5301011400860003", "nik.birth_date"),  # month 00
    ("5301012902010003", "nik.birth_date"),  # 29 Feb 2001
    ("5301016902010003", "nik.birth_date"),  # woman, 29 Feb 2001
    ("5301015409860000", "nik.sequence"),
    ("3.20101E+15", "excel.scientific"),
    ("5301015409860003.0", "excel.decimal"),
]


@pytest.mark.parametrize(("raw", "code"), NIK_REJECTIONS)
def test_nik_rejections(raw: str, code: str) -> None:
    result = nik(raw)
    assert result.code == code, result.message
    assert result.kind == "NIK"
    assert_rendered(result)
    with pytest.raises(IdentifierError) as caught:
        require_nik(raw, today=TODAY)
    assert caught.value.code == code


def test_nik_messages_are_specific() -> None:
    assert nik("530101540986003").message == "NIK harus 16 digit angka (tertulis 15 digit)."
    assert "(10)" in nik("1001015409860003").message
    assert "(321386)" in nik("5301013213860003").message
    assert "ditambah 40" in nik("5301013213860003").message


NRP_REJECTIONS: list[tuple[Any, str]] = [
    ("", "empty"),
    ("1234", "nrp.length"),
    ("123456789012345", "nrp.length"),
    ("31940/P", "nrp.chars"),
    ("8705 0123 A", "nrp.chars"),
    ("8.7050123E+7", "excel.scientific"),
    ("87050123.0", "excel.decimal"),
    (-87050123, "number.invalid"),
    (8705012.5, "number.invalid"),
]


@pytest.mark.parametrize(("raw", "code"), NRP_REJECTIONS)
def test_nrp_rejections(raw: Any, code: str) -> None:
    result = validate_nrp(raw, today=TODAY)
    assert result.code == code, result.message
    assert result.kind == "NRP"
    assert_rendered(result)
    with pytest.raises(IdentifierError):
        require_nrp(raw, today=TODAY)


def test_every_message_code_is_reachable() -> None:
    covered = {code for _, code in NIP_REJECTIONS + NIK_REJECTIONS + NRP_REJECTIONS}
    covered.add(validate_nipppk(PNS_NIP, today=TODAY).code)
    covered.add(validate_identifier("KTP", "123").code)
    covered.add(nip(1.98609142010011e17).code)
    covered.add(nip(True).code)
    assert covered == set(MESSAGES)


# --- NIP shapes and date bounds ----------------------------------------------------------


def test_pppk_validator_refuses_pns_shape() -> None:
    result = validate_nipppk("19860914 201001 1 003", today=TODAY)
    assert result.code == "nipppk.shape"
    assert result.kind == "NIPPPK"
    assert "2010-01" in result.message and "(01)" in result.message
    assert_rendered(result)
    with pytest.raises(IdentifierError):
        require_nipppk(PNS_NIP, today=TODAY)
    assert require_nipppk("19900913 2025 24 2 014", today=TODAY) == PPPK_NIP


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("19860914 201012 1 003", "NIP"),  # December: still a month
        ("19860914 2021 00 1 003", "NIPPPK"),  # 00 is not a month
        ("19860914 2021 13 1 003", "NIPPPK"),
        ("19860914 2021 21 1 003", "NIPPPK"),
        ("19860914 2019 99 1 003", "NIPPPK"),  # first PPPK year
    ],
)
def test_digits_13_14_decide_the_shape(raw: str, kind: str) -> None:
    result = nip(raw)
    assert result.ok, result.message
    assert result.kind == kind


def test_date_bounds() -> None:
    # Oldest and youngest plausible birth years.
    assert nip("19400101 196001 1 001").ok
    assert nip("20100101 202501 2 001").ok
    # Numbers are issued before the TMT: next year is accepted, the year after is not.
    assert nip("19860914 202612 1 003").ok
    assert nip("19900913 2026 24 2 014").ok
    assert nip("19860914 202701 1 003").code == "nip.appointment_future"
    # Appointment exactly at birth year + 15 is the earliest allowed.
    assert nip("19860914 200101 1 003").ok
    assert nip("19860914 200012 1 003").code == "nip.appointment_early"
    assert nip("20050101 2019 21 1 001").code == "nip.appointment_early"
    # The reference date matters: the same number is in the future in 2008.
    assert validate_nip(PNS_NIP, today=date(2008, 1, 1)).code == "nip.appointment_future"
    assert validate_nip(PNS_NIP).ok  # the real clock is after 2010


def test_format_and_classify_raise_on_invalid() -> None:
    with pytest.raises(IdentifierError) as caught:
        format_nip("19861314 201001 1 003", today=TODAY)
    assert caught.value.code == "nip.birth_date"
    with pytest.raises(IdentifierError):
        classify_nip("1.98609E+17", today=TODAY)


# --- NIK dates, centuries and provinces ----------------------------------------------------


@pytest.mark.parametrize(
    ("ddmmyy", "birth", "gender"),
    [
        ("140986", "1986-09-14", "L"),
        ("540986", "1986-09-14", "P"),
        ("010105", "2005-01-01", "L"),
        ("710105", "2005-01-31", "P"),
        ("290200", "2000-02-29", "L"),  # 2000 is a leap year
        ("690200", "2000-02-29", "P"),
        ("010525", "2025-05-01", "L"),  # a baby born this year
        ("010725", "1925-07-01", "L"),  # 2025-07 has not happened yet: a centenarian
        ("311226", "1926-12-31", "L"),  # YY above the current two-digit year
    ],
)
def test_nik_birth_dates(ddmmyy: str, birth: str, gender: str) -> None:
    result = nik(f"530101{ddmmyy}0003")
    assert result.ok, result.message
    assert result.details["birth_date"] == birth
    assert result.details["gender"] == gender


@pytest.mark.parametrize(
    "province",
    ["11", "19", "21", "31", "36", "65", "76", "82", "91", "92", "93", "94", "95", "96", "97"],
)
def test_every_listed_province_is_accepted(province: str) -> None:
    result = nik(f"{province}01015409860003")
    assert result.ok, result.message
    assert result.details["province"] == PROVINCES[province]


def test_province_table_matches_the_official_code_ranges() -> None:
    expected = (
        [str(c) for c in range(11, 20)]
        + ["21"]
        + [str(c) for c in range(31, 37)]
        + [str(c) for c in range(51, 54)]
        + [str(c) for c in range(61, 66)]
        + [str(c) for c in range(71, 77)]
        + ["81", "82"]
        + [str(c) for c in range(91, 98)]
    )
    assert sorted(PROVINCES) == expected


# --- NRP -----------------------------------------------------------------------------------


def test_nrp_lengths_and_polri_details() -> None:
    assert validate_nrp("12345", today=TODAY).ok
    assert validate_nrp("12345678901234", today=TODAY).ok
    polri = validate_nrp("8705-0123", today=TODAY)
    assert polri.ok and polri.value == "87050123"
    assert polri.details["polri_birth_month"] == "1987-05"
    assert validate_nrp("02110123", today=TODAY).details["polri_birth_month"] == "2002-11"
    # Not a month: still accepted (TNI numbers have no fixed layout), just no Polri details.
    odd = validate_nrp("87130123", today=TODAY)
    assert odd.ok and "polri_birth_month" not in odd.details
    # A whole-number float below 15 digits is exact, so a short NRP survives Excel.
    assert require_nrp(87050123.0, today=TODAY) == "87050123"
    assert require_nrp(87050123, today=TODAY) == "87050123"


# --- Excel damage ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "1.98609E+17",
        "1,98609E+17",
        "1.98609e+17",
        "1.98609E17",
        "1.98609142010011E+17",
        "'1.98609E+17",
        " 1.98609 E+17 ",
        "\u00a01,98609E+17\u00a0",
        "2E+17",
    ],
)
def test_scientific_notation_is_rejected_with_fix(raw: str) -> None:
    result = nip(raw)
    assert result.code == "excel.scientific"
    assert FIX_HINT in result.message
    assert "tanda petik (')" in result.message
    assert "ketik ulang NIP" in result.message
    assert result.details["shown"] in result.message


def test_scientific_message_matches_the_agreed_wording() -> None:
    assert nip("1.98609E+17").message == (
        "NIP terbaca sebagai 1.98609E+17 — Excel telah mengubahnya menjadi angka ilmiah dan "
        "digit terakhir hilang. Ubah format kolom menjadi Teks (Format Cells → Text) atau "
        "awali dengan tanda petik ('), ketik ulang NIP, lalu impor lagi."
    )
    assert nik("3,20101E+15").message.startswith("NIK terbaca sebagai 3,20101E+15 — Excel")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (1.98609142010011e17, "1.98609E+17"),
        (198609142010011003.0, "1.98609E+17"),  # even a "correct" float has lost digits
        (1e20, "1.00000E+20"),
    ],
)
def test_floats_for_nip_are_always_rejected(raw: float, shown: str) -> None:
    result = nip(raw)
    assert result.code == "excel.precision"
    assert result.details["shown"] == shown
    assert FIX_HINT in result.message


def test_float_and_int_damage_for_nik() -> None:
    assert nik(5301015409860003.0).code == "excel.precision"
    assert nik(3201011234567890).code == "excel.precision"  # 16th digit zeroed by Excel
    assert nik(5301015409860003).ok  # an exact int (not ending in zeros) is fine


def test_big_ints() -> None:
    damaged = nip(198609142010011000)
    assert damaged.code == "excel.precision"
    assert damaged.details["shown"] == "198609142010011000"
    assert "15 digit" in damaged.message and FIX_HINT in damaged.message
    assert nip(198609142010011003).value == PNS_NIP
    # The same digits as *text* are not an Excel number: the sequence 000 is what is wrong,
    # and the message still points at Excel.
    text = nip("198609142010011000")
    assert text.code == "nip.sequence_zero" and FIX_HINT in text.message


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (float("nan"), "number.invalid"),
        (float("inf"), "number.invalid"),
        (-1.0, "number.invalid"),
        (19860914.5, "number.invalid"),
        (-198609142010011003, "number.invalid"),
        (12345.0, "nip.length"),
        (12345, "nip.length"),
        (True, "input.type"),
        (None, "input.type"),
        (b"198609142010011003", "input.type"),
    ],
)
def test_odd_python_values(raw: Any, code: str) -> None:
    result = nip(raw)
    assert result.code == code
    assert_rendered(result)


# --- results, errors, dispatch, masking ----------------------------------------------------


def test_result_is_immutable_and_hashable() -> None:
    result = nik(NIK_WOMAN)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.ok = False  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.details["gender"] = "L"  # type: ignore[index]
    assert result == nik(NIK_WOMAN)
    assert hash(result) == hash(nik(NIK_WOMAN))
    assert result != nik(NIK_MAN)


def test_identifier_error_is_a_user_error_and_value_error() -> None:
    with pytest.raises(IdentifierError) as caught:
        require_identifier("NIK", "5301 0154 0986", today=TODAY)
    error = caught.value
    assert isinstance(error, UserError) and isinstance(error, ValueError)
    assert error.code == "nik.length" and error.kind == "NIK"
    assert error.result.details["length"] == "12"
    assert str(error) == "NIK harus 16 digit angka (tertulis 12 digit)."


@pytest.mark.parametrize(
    ("kind", "raw", "expected_kind"),
    [
        ("NIP", "19860914 201001 1 003", "NIP"),
        ("nip", "19900913 2025 24 2 014", "NIPPPK"),  # NIP accepts both shapes
        ("NIPPPK", "19900913 2025 24 2 014", "NIPPPK"),
        ("NI PPPK", "19900913 2025 24 2 014", "NIPPPK"),
        ("ni-pppk", "19900913 2025 24 2 014", "NIPPPK"),
        ("PPPK", "19900913 2025 24 2 014", "NIPPPK"),
        (" nik ", NIK_WOMAN, "NIK"),
        ("NRP", "87050123", "NRP"),
    ],
)
def test_validate_identifier_dispatch(kind: str, raw: str, expected_kind: str) -> None:
    result = validate_identifier(kind, raw, today=TODAY)
    assert result.ok, result.message
    assert result.kind == expected_kind
    assert require_identifier(kind, raw, today=TODAY) == normalize_digits(raw)


def test_validate_identifier_unknown_kind() -> None:
    result = validate_identifier("KTP", "123", today=TODAY)
    assert result.code == "kind.unknown"
    assert "“KTP”" in result.message
    assert_rendered(result)
    # The same number means different things depending on the kind asked for.
    assert validate_identifier("NIK", PNS_NIP, today=TODAY).code == "nik.length"
    assert validate_identifier("NIPPPK", PNS_NIP, today=TODAY).code == "nipppk.shape"


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("5301015409860003", "5301********0003"),
        ("5301 0154 0986 0003", "5301********0003"),
        (5301015409860003, "5301********0003"),
        ("123456789", "1234*6789"),
        ("12345678", "********"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_mask_nik(raw: str | int, masked: str) -> None:
    assert mask_nik(raw) == masked


# --- properties --------------------------------------------------------------------------

MAX_BIRTH = date(TODAY.year - 15, 12, 31)


@st.composite
def pns_nips(draw: st.DrawFn) -> tuple[str, date]:
    birth = draw(st.dates(date(1940, 1, 1), MAX_BIRTH))
    year = draw(st.integers(birth.year + 15, TODAY.year + 1))
    month = draw(st.integers(1, 12))
    gender = draw(st.sampled_from("12"))
    sequence = draw(st.integers(1, 999))
    return f"{birth:%Y%m%d}{year:04d}{month:02d}{gender}{sequence:03d}", birth


@st.composite
def pppk_nips(draw: st.DrawFn) -> tuple[str, date]:
    birth = draw(st.dates(date(1940, 1, 1), MAX_BIRTH))
    year = draw(st.integers(max(2019, birth.year + 15), TODAY.year + 1))
    code = draw(st.sampled_from(["00", *(f"{c:02d}" for c in range(13, 100))]))
    gender = draw(st.sampled_from("12"))
    sequence = draw(st.integers(1, 999))
    return f"{birth:%Y%m%d}{year:04d}{code}{gender}{sequence:03d}", birth


@st.composite
def niks(draw: st.DrawFn) -> tuple[str, date, bool]:
    province = draw(st.sampled_from(sorted(PROVINCES)))
    regency = draw(st.integers(1, 99))
    district = draw(st.integers(1, 99))
    # From 1926 the two-digit year is unambiguous on TODAY (see test_nik_birth_dates).
    birth = draw(st.dates(date(1926, 1, 1), TODAY))
    female = draw(st.booleans())
    sequence = draw(st.integers(1, 9999))
    day = birth.day + (40 if female else 0)
    return (
        f"{province}{regency:02d}{district:02d}{day:02d}{birth:%m%y}{sequence:04d}",
        birth,
        female,
    )


any_nip = st.one_of(pns_nips(), pppk_nips()).map(lambda pair: pair[0])


@given(pns_nips())
def test_generated_pns_nips_are_valid_and_round_trip(case: tuple[str, date]) -> None:
    digits, birth = case
    result = nip(digits)
    assert result.ok, result.message
    assert result.kind == "NIP"
    assert result.details["birth_date"] == birth.isoformat()
    printed = format_nip(digits, today=TODAY)
    assert re.fullmatch(r"\d{8} \d{6} [12] \d{3}", printed)
    assert normalize_digits(printed) == digits
    assert nip(printed).value == digits
    assert validate_nipppk(digits, today=TODAY).code == "nipppk.shape"


@given(pppk_nips())
def test_generated_pppk_numbers_are_valid_and_round_trip(case: tuple[str, date]) -> None:
    digits, birth = case
    result = validate_nipppk(digits, today=TODAY)
    assert result.ok, result.message
    assert result.kind == "NIPPPK"
    assert result.details["birth_date"] == birth.isoformat()
    printed = format_nip(digits, today=TODAY)
    assert re.fullmatch(r"\d{8} \d{4} \d{2} [12] \d{3}", printed)
    assert normalize_digits(printed) == digits
    assert classify_nip(printed, today=TODAY) == "NIPPPK"


@given(niks())
def test_generated_niks_are_valid(case: tuple[str, date, bool]) -> None:
    digits, birth, female = case
    result = nik(digits)
    assert result.ok, result.message
    assert result.value == digits
    assert result.details["birth_date"] == birth.isoformat()
    assert result.details["gender"] == ("P" if female else "L")
    masked = mask_nik(digits)
    assert masked == digits[:4] + "*" * 8 + digits[-4:]
    spaced = f"'{digits[:6]} {digits[6:12]} {digits[12:]}"
    assert require_nik(spaced, today=TODAY) == digits


@given(
    any_nip,
    st.lists(st.sampled_from([" ", ".", "-", "/", "\u00a0", ""]), min_size=4, max_size=4),
    st.booleans(),
)
def test_decorated_nips_normalise_to_the_same_value(
    digits: str, seps: list[str], apostrophe: bool
) -> None:
    parts = [digits[:8], digits[8:12], digits[12:14], digits[14], digits[15:]]
    text = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
    text = f"  {'`' if apostrophe else ''}{text} "
    assert nip(text).value == digits


@st.composite
def digit_count_changes(draw: st.DrawFn, source: st.SearchStrategy[str]) -> str:
    digits = draw(source)
    index = draw(st.integers(0, len(digits) - 1))
    if draw(st.booleans()):
        return digits[:index] + digits[index + 1 :]
    return digits[:index] + draw(st.sampled_from("0123456789")) + digits[index:]


@given(digit_count_changes(any_nip))
def test_nip_with_a_digit_added_or_removed_is_rejected(changed: str) -> None:
    result = nip(changed)
    assert result.code == "nip.length"
    assert_rendered(result)


@given(digit_count_changes(niks().map(lambda case: case[0])))
def test_nik_with_a_digit_added_or_removed_is_rejected(changed: str) -> None:
    result = nik(changed)
    assert result.code == "nik.length"
    assert_rendered(result)


@given(any_nip, st.sampled_from("03456789"))
def test_any_other_gender_digit_is_rejected(digits: str, gender: str) -> None:
    assert nip(digits[:14] + gender + digits[15:]).code == "nip.gender"


KINDS = ["NIP", "NIPPPK", "NIK", "NRP"]


@given(st.sampled_from(KINDS), st.text())
def test_random_text_never_raises(kind: str, raw: str) -> None:
    result = validate_identifier(kind, raw, today=TODAY)
    if result.ok:
        assert re.fullmatch(r"[0-9]+", result.value)
        assert result.message == "" and result.code == ""
    else:
        assert_rendered(result)


@given(st.sampled_from(KINDS), st.one_of(st.integers(), st.floats(), st.booleans()))
def test_random_numbers_never_raise(kind: str, raw: int | float) -> None:
    result = validate_identifier(kind, raw, today=TODAY)
    if result.ok:
        assert re.fullmatch(r"[0-9]+", result.value)
    else:
        assert_rendered(result)


@given(
    st.sampled_from(KINDS),
    st.integers(1, 9),
    st.integers(0, 99999),
    st.sampled_from([".", ","]),
    st.sampled_from(["E+", "e+", "E", "e"]),
    st.integers(5, 20),
)
def test_any_scientific_spelling_is_flagged(
    kind: str, lead: int, fraction: int, comma: str, exp_sign: str, exponent: int
) -> None:
    raw = f"{lead}{comma}{fraction}{exp_sign}{exponent}"
    assert validate_identifier(kind, raw, today=TODAY).code == "excel.scientific"


@given(st.integers(10**14, 10**15 - 1), st.integers(1, 4))
def test_ints_beyond_fifteen_digits_ending_in_zeros_are_flagged(head: int, zeros: int) -> None:
    number = head * 10**zeros
    assert nip(number).code == "excel.precision"
    assert nik(number).code == "excel.precision"


@given(st.floats(min_value=1e15, max_value=1e19))
def test_long_floats_are_flagged(number: float) -> None:
    assert nip(number).code == "excel.precision"
    assert nik(number).code == "excel.precision"


@given(st.text())
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize_digits(raw)
    # A second pass may only remove an apostrophe that the first pass exposed.
    assert normalize_digits(once) in {once, once[1:]}
