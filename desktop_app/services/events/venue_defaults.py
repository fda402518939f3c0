"""Sensible defaults from what the organizer has already typed: the venue's time zone from
its province or city, and an organizer code from the organizer's name.

Indonesia has three zones (Permen/Keppres 41/1987): WIB for Sumatra, Java and West/Central
Kalimantan; WITA for Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi; WIT for
Maluku and Papua. The tables name every province (and its usual short forms) and the cities
and regencies of the WITA and WIT provinces; a place not found keeps WIB.
"""

from __future__ import annotations

import re

WIB, WITA, WIT = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"

# Province names and common short forms (lower case, words separated by one space).
PROVINCE_ZONES: dict[str, str] = {
    **dict.fromkeys(
        (
            "aceh",
            "sumatera utara",
            "sumut",
            "sumatera barat",
            "sumbar",
            "riau",
            "kepulauan riau",
            "kepri",
            "jambi",
            "sumatera selatan",
            "sumsel",
            "bengkulu",
            "lampung",
            "kepulauan bangka belitung",
            "bangka belitung",
            "babel",
            "dki jakarta",
            "jakarta",
            "jawa barat",
            "jabar",
            "banten",
            "jawa tengah",
            "jateng",
            "di yogyakarta",
            "yogyakarta",
            "diy",
            "jawa timur",
            "jatim",
            "kalimantan barat",
            "kalbar",
            "kalimantan tengah",
            "kalteng",
        ),  # fmt: skip
        WIB,
    ),
    **dict.fromkeys(
        (
            "bali",
            "nusa tenggara barat",
            "ntb",
            "nusa tenggara timur",
            "ntt",
            "kalimantan selatan",
            "kalsel",
            "kalimantan timur",
            "kaltim",
            "kalimantan utara",
            "kaltara",
            "sulawesi utara",
            "sulut",
            "gorontalo",
            "sulawesi tengah",
            "sulteng",
            "sulawesi barat",
            "sulbar",
            "sulawesi selatan",
            "sulsel",
            "sulawesi tenggara",
            "sultra",
        ),  # fmt: skip
        WITA,
    ),
    **dict.fromkeys(
        (
            "maluku",
            "maluku utara",
            "malut",
            "papua",
            "papua barat",
            "papua barat daya",
            "papua selatan",
            "papua tengah",
            "papua pegunungan",
        ),  # fmt: skip
        WIT,
    ),
}

# Cities and regencies outside WIB (names without "Kota"/"Kabupaten"), by zone.
PLACE_ZONES: dict[str, str] = {
    **dict.fromkeys(
        (
            # Bali
            "denpasar",
            "badung",
            "bangli",
            "buleleng",
            "gianyar",
            "jembrana",
            "karangasem",
            "klungkung",
            "tabanan",
            # Nusa Tenggara Barat
            "mataram",
            "bima",
            "dompu",
            "lombok barat",
            "lombok tengah",
            "lombok timur",
            "lombok utara",
            "sumbawa",
            "sumbawa barat",
            # Nusa Tenggara Timur
            "kupang",
            "alor",
            "belu",
            "ende",
            "flores timur",
            "lembata",
            "malaka",
            "manggarai",
            "manggarai barat",
            "manggarai timur",
            "nagekeo",
            "ngada",
            "rote ndao",
            "sabu raijua",
            "sikka",
            "sumba barat",
            "sumba barat daya",
            "sumba tengah",
            "sumba timur",
            "timor tengah selatan",
            "timor tengah utara",
            "atambua",
            "labuan bajo",
            "maumere",
            "waingapu",
            "soe",
            "kefamenanu",
            # Kalimantan Selatan, Timur, Utara
            "banjarmasin",
            "banjarbaru",
            "banjar",
            "barito kuala",
            "tapin",
            "hulu sungai selatan",
            "hulu sungai tengah",
            "hulu sungai utara",
            "tabalong",
            "tanah laut",
            "tanah bumbu",
            "kotabaru",
            "balangan",
            "samarinda",
            "balikpapan",
            "bontang",
            "berau",
            "kutai barat",
            "kutai kartanegara",
            "kutai timur",
            "paser",
            "penajam paser utara",
            "mahakam ulu",
            "tarakan",
            "bulungan",
            "malinau",
            "nunukan",
            "tana tidung",
            "tanjung selor",
            # Sulawesi
            "makassar",
            "parepare",
            "palopo",
            "gowa",
            "maros",
            "bone",
            "bulukumba",
            "sinjai",
            "takalar",
            "jeneponto",
            "bantaeng",
            "selayar",
            "kepulauan selayar",
            "pangkajene",
            "pangkep",
            "barru",
            "soppeng",
            "wajo",
            "sidenreng rappang",
            "sidrap",
            "pinrang",
            "enrekang",
            "luwu",
            "luwu utara",
            "luwu timur",
            "tana toraja",
            "toraja utara",
            "manado",
            "bitung",
            "tomohon",
            "kotamobagu",
            "minahasa",
            "minahasa utara",
            "minahasa selatan",
            "minahasa tenggara",
            "bolaang mongondow",
            "sangihe",
            "kepulauan sangihe",
            "talaud",
            "kepulauan talaud",
            "sitaro",
            "palu",
            "donggala",
            "sigi",
            "parigi moutong",
            "poso",
            "tojo una-una",
            "morowali",
            "morowali utara",
            "banggai",
            "banggai kepulauan",
            "banggai laut",
            "tolitoli",
            "buol",
            "mamuju",
            "mamuju tengah",
            "pasangkayu",
            "majene",
            "polewali mandar",
            "mamasa",
            "kendari",
            "baubau",
            "kolaka",
            "kolaka utara",
            "kolaka timur",
            "konawe",
            "konawe selatan",
            "konawe utara",
            "konawe kepulauan",
            "muna",
            "muna barat",
            "buton",
            "buton utara",
            "buton tengah",
            "buton selatan",
            "wakatobi",
            "bombana",
            "gorontalo utara",
            "boalemo",
            "pohuwato",
            "bone bolango",
        ),  # fmt: skip
        WITA,
    ),
    **dict.fromkeys(
        (
            "ambon",
            "tual",
            "maluku tengah",
            "maluku tenggara",
            "seram bagian barat",
            "seram bagian timur",
            "buru",
            "buru selatan",
            "kepulauan aru",
            "kepulauan tanimbar",
            "maluku barat daya",
            "ternate",
            "tidore",
            "tidore kepulauan",
            "sofifi",
            "halmahera barat",
            "halmahera tengah",
            "halmahera timur",
            "halmahera selatan",
            "halmahera utara",
            "kepulauan sula",
            "pulau morotai",
            "pulau taliabu",
            "jayapura",
            "merauke",
            "biak",
            "biak numfor",
            "nabire",
            "timika",
            "mimika",
            "wamena",
            "jayawijaya",
            "sorong",
            "sorong selatan",
            "raja ampat",
            "manokwari",
            "manokwari selatan",
            "fakfak",
            "kaimana",
            "teluk bintuni",
            "teluk wondama",
            "keerom",
            "sarmi",
            "yapen",
            "kepulauan yapen",
            "waropen",
            "mappi",
            "asmat",
            "boven digoel",
            "paniai",
            "puncak jaya",
            "tolikara",
            "yahukimo",
            "pegunungan bintang",
            "lanny jaya",
            "nduga",
            "mamberamo raya",
            "intan jaya",
            "deiyai",
            "dogiyai",
        ),  # fmt: skip
        WIT,
    ),
}

# Words that name the kind of place, not the place ("Kabupaten Kupang" is "kupang").
_ADMIN_WORDS = re.compile(r"\b(provinsi|prov|kabupaten|kab|kota|kotamadya|kecamatan|kec)\b\.?")


def _words(text: str) -> str:
    cleaned = _ADMIN_WORDS.sub(" ", text.lower().replace(".", " "))
    return " ".join(re.sub(r"[^a-z0-9\- ]", " ", cleaned).split())


def zone_for_place(*texts: str) -> str | None:
    """The IANA zone of the first text that names a known province or city (the longest
    name wins: "Papua Barat" over "Papua"), or None when none does."""
    for text in texts:
        words = f" {_words(text)} "
        best = ""
        for table in (PLACE_ZONES, PROVINCE_ZONES):
            for name in table:
                if f" {name} " in words and len(name) > len(best):
                    best = name
        if best:
            return PLACE_ZONES.get(best) or PROVINCE_ZONES[best]
    return None


# Short forms used in organizer codes.
_LEVEL_CODES = {"provinsi": "PROV", "prov": "PROV", "kabupaten": "KAB", "kab": "KAB",
                "kota": "KOTA", "kecamatan": "KEC", "kec": "KEC"}  # fmt: skip
_PROVINCE_CODES = {
    "nusa tenggara timur": "NTT", "nusa tenggara barat": "NTB", "dki jakarta": "DKI",
    "di yogyakarta": "DIY", "kepulauan bangka belitung": "BABEL", "kepulauan riau": "KEPRI",
    "sumatera utara": "SUMUT", "sumatera barat": "SUMBAR", "sumatera selatan": "SUMSEL",
    "jawa barat": "JABAR", "jawa tengah": "JATENG", "jawa timur": "JATIM",
    "kalimantan barat": "KALBAR", "kalimantan tengah": "KALTENG",
    "kalimantan selatan": "KALSEL", "kalimantan timur": "KALTIM",
    "kalimantan utara": "KALTARA", "sulawesi utara": "SULUT", "sulawesi tengah": "SULTENG",
    "sulawesi barat": "SULBAR", "sulawesi selatan": "SULSEL", "sulawesi tenggara": "SULTRA",
    "maluku utara": "MALUT", "papua barat daya": "PBD", "papua barat": "PABAR",
    "papua selatan": "PAPSEL", "papua tengah": "PAPTENG", "papua pegunungan": "PAPEG",
}  # fmt: skip
MAX_ORG_CODE = 24


def suggest_org_code(organizer: str) -> str:
    """ "Bawaslu Kabupaten Kupang" → "BAWASLU-KAB-KUPANG"; "Bawaslu Provinsi Nusa Tenggara
    Timur" → "BAWASLU-PROV-NTT": the body, its level and its place, as a certificate prints."""
    text = " ".join(re.sub(r"[^A-Za-z0-9 ]", " ", organizer).split()).lower()
    if not text:
        return "ORG"
    words = text.split()
    level_at = next((i for i, w in enumerate(words) if w in _LEVEL_CODES), None)
    if level_at is None:
        return "-".join(words[:3]).upper()[:MAX_ORG_CODE].strip("-")
    body = words[:level_at] or ["org"]
    place = " ".join(words[level_at + 1 :])
    place_code = _PROVINCE_CODES.get(place) or place.replace(" ", "-")
    parts = [*body[:2], _LEVEL_CODES[words[level_at]]]
    code = "-".join([*parts, place_code] if place_code else parts).upper()
    if len(code) > MAX_ORG_CODE and " " in place:  # "Timor Tengah Selatan" → "TTS"
        code = "-".join([*parts, "".join(w[0] for w in place.split())]).upper()
    return code[:MAX_ORG_CODE].strip("-")
