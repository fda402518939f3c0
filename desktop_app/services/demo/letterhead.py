"""The demo event's kop surat and letter details, with a drawn (not borrowed) emblem."""

from __future__ import annotations

import io

from desktop_app.services.events.letterhead import LetterheadInput

DEMO_LETTERHEAD = LetterheadInput(
    agency="BADAN PENGAWAS PEMILIHAN UMUM\nKABUPATEN KUPANG",
    address="Jalan Timor Raya Km. 36, Oelamasi, Kabupaten Kupang, Nusa Tenggara Timur 85362",
    phone="(0380) 555 0136",
    email="sekretariat@bawaslu-kupang.example",
    website="kupang.bawaslu.example",
    letter_number="045/PM.00.02/K.NT-05/IX/2024",
    letter_nature="Segera",
    letter_attachment="-",
    letter_subject="Undangan Sosialisasi dan Deklarasi Netralitas",
    letter_date="2024-09-20",
    letter_copies="Ketua Bawaslu Provinsi Nusa Tenggara Timur\nPenjabat Bupati Kupang",
)


def demo_logo() -> bytes:
    """A plain emblem for the demo (a shield with a star): real agency logos are the
    organizer's to upload."""
    from PIL import Image, ImageDraw

    size = 240
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    shield = [(30, 20), (210, 20), (210, 120), (120, 225), (30, 120)]
    draw.polygon(shield, fill=(28, 77, 140, 255), outline=(176, 141, 60, 255), width=8)
    cx, cy, outer, inner = 120, 95, 58, 24
    import math

    star = [
        (
            cx + (outer if k % 2 == 0 else inner) * math.sin(math.pi * k / 5),
            cy - (outer if k % 2 == 0 else inner) * math.cos(math.pi * k / 5),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=(236, 200, 90, 255))
    draw.rectangle((70, 168, 170, 176), fill=(236, 200, 90, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
