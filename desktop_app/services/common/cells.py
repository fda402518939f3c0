"""What a spreadsheet cell holds once read.

Shared by the reader (registration) and by the checks on a person's fields (people), which
must recognise what Excel does to an NIP typed into a number cell.
"""

from __future__ import annotations

import datetime as dt

# A cell as read: text, an Excel number (int/float), a date, or None for empty.
CellValue = str | int | float | dt.datetime | dt.date | dt.time | None
