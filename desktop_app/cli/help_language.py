"""``ikrar --help`` in one language: argparse's own words in Indonesian, like our help texts.

argparse looks its words up through the module's ``_``/``ngettext`` (gettext) at the moment
it formats them, and Python ships no Indonesian catalogue for it; the CLI points those two
names at this table, so "usage:", "options" and the error lines match the rest of the help.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "optional arguments": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak valid: %(value)r (pilih dari %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak valid: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "paling sedikit satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan tidak jelas: %(option)s bisa berarti %(matches)s"
    ),
    "ignored explicit argument %r": "argumen %r diabaikan",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' tidak dapat dibuka: %(error)s",
    # Ours, worded like argparse's (cli/sync.py PASSWORD_IN_ARGV).
    (
        "--password is no longer accepted (a password on the command line is visible to other "
        "users); use --password-file FILE or --ask-password"
    ): (
        "--password tidak lagi diterima (kata sandi di baris perintah terlihat oleh pengguna "
        "lain); pakai --password-file BERKAS atau --ask-password"
    ),
}


def language_of(argv: Sequence[str]) -> str:
    """The ``--lang`` asked for on this command line (before parsing it), else Indonesian."""
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return "id"


def use_help_language(language: str) -> None:
    """Make argparse speak ``language`` (Indonesian; English is argparse's own)."""
    if language != "id":
        return

    def translate(text: str) -> str:
        return ARGPARSE_ID.get(text, text)

    def translate_plural(singular: str, plural: str, count: int) -> str:
        return translate(singular if count == 1 else plural)

    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]


# ``--lang en``: our own help texts (written in Indonesian next to each argument) in English.
HELP_EN = {
    "Ikrar — meja registrasi acara deklarasi netralitas.": (
        "Ikrar — registration desk for neutrality declaration events."
    ),
    "bahasa pesan kesalahan: id (bawaan) atau en": "language of messages: id (default) or en",
    "folder data (basis data, kunci, dokumen, log); bawaan: $IKRAR_HOME atau folder data "
    "pengguna": "data folder (database, keys, documents, log); default: $IKRAR_HOME or the "
    "user data folder",
    "buka aplikasi (bawaan bila tanpa perintah)": "open the window (the default without a command)",
    "buat acara demo dengan peserta contoh": "create the demo event with sample attendees",
    "daftar acara": "list events",
    "lihat atau ubah alamat verifikasi yang dituju kode QR sertifikat sebuah acara": (
        "show or set where an event's certificate QR codes point"
    ),
    "terbitkan nomor yang belum ada lalu buat PDF sertifikat acara": (
        "issue missing numbers, then make the event's certificate PDF"
    ),
    "blok nomor sertifikat acara: lihat, atau bagikan satu blok ke stasiun bernama": (
        "the event's certificate number blocks: list them, or give a named desk a block"
    ),
    "periksa keaslian sertifikat dari token, URL, PDF atau gambar PNG": (
        "verify a certificate from a token, URL, PDF or PNG image"
    ),
    "cabut sertifikat": "revoke a certificate",
    "kunci induk penyelenggara di laptop penyelenggara (acara tanpa hub)": (
        "the organizer root on the organizer's laptop (events without a hub)"
    ),
    "buat kunci induk penyelenggara di laptop ini (sekali)": (
        "make the organizer root on this laptop (once)"
    ),
    "tulis bagian publik kunci induk (untuk laptop pemeriksa)": (
        "write the root's public half (for laptops that verify)"
    ),
    "percayai kunci induk dari berkas 'export-public'": (
        "trust the root in an 'export-public' file"
    ),
    "di stasiun: tulis permintaan sertifikasi kunci stasiun ini": (
        "on a station: write a request to certify this station's key"
    ),
    "di laptop penyelenggara: sertifikasi permintaan sebuah stasiun": (
        "on the organizer's laptop: certify a station's request"
    ),
    "berkas sertifikat": "certificate file",
    "di stasiun: simpan sertifikat dari penyelenggara": (
        "on a station: store the certificate from the organizer"
    ),
    "di laptop penyelenggara: cabut sebuah stasiun (daftar pencabutan)": (
        "on the organizer's laptop: revoke a station (revocation list)"
    ),
    "alasan pencabutan": "reason for the revocation",
    "tulis daftar pencabutan stasiun ke berkas (untuk USB)": (
        "write the station revocation lists to a file (for USB)"
    ),
    "simpan daftar pencabutan dari berkas 'export-revocations'": (
        "keep the revocation lists of an 'export-revocations' file"
    ),
    "kunci penanda tangan sertifikat": "certificate signing keys",
    "jalankan hub sinkronisasi (server HTTP)": "run the sync hub (HTTP server)",
    "daftarkan stasiun ini ke hub": "enrol this station with a hub",
    "kirim lalu terima perubahan sekali": "push then pull changes once",
    "bundel luring (USB) untuk tanpa jaringan": "offline (USB) bundles when there is no network",
    "buat dokumen acara: daftar hadir, surat pernyataan, naskah deklarasi, spreadsheet": (
        "make the event's documents: attendance list, statements, declaration, spreadsheet"
    ),
    "periksa rantai bukti tanda tangan (exit 0 utuh, 1 rusak)": (
        "check the signature evidence chain (exit 0 intact, 1 broken)"
    ),
    "atur PIN penyelenggara (akses data goresan tanda tangan)": (
        "set the organizer PIN (access to raw signature strokes)"
    ),
    "impor daftar undangan dari .xlsx atau .csv": "import an invitation list from .xlsx or .csv",
    "catat kehadiran satu peserta (nama, NIP/NRP, instansi, atau kode)": (
        "check one attendee in (name, NIP/NRP, institution or code)"
    ),
    "daftarkan peserta tanpa undangan dan catat hadir": "register a walk-in and check them in",
    "buat PDF undangan atau kartu peserta ber-QR": (
        "make invitation letters or badges with QR codes"
    ),
    "buat acara demo lebih dulu bila belum ada acara": (
        "create the demo event first if there is none"
    ),
    "bahasa antarmuka": "interface language",
    "jumlah peserta (bawaan 300; 0 = acara kosong siap impor)": (
        "number of attendees (default 300; 0 = an empty event ready for an import)"
    ),
    "keluaran JSON untuk skrip": "JSON output for scripts",
    "termasuk acara yang diarsipkan": "include archived events",
    "kode acara": "event code",
    "alamat baru, mis. https://hub.example.id": "new address, e.g. https://hub.example.id",
    "berkas PDF (atau folder dengan --per-attendee)": "PDF file (or a folder with --per-attendee)",
    "satu PDF per peserta di folder PATH": "one PDF per attendee in folder PATH",
    "templat (bawaan: templat acara)": "template (default: the event's template)",
    "bagikan blok baru untuk stasiun ini": "give this station a new block",
    "jumlah nomor (100)": "how many numbers (100)",
    "langsung terbitkan pengganti dengan nomor baru": "issue a replacement with a new number",
    "kode acara (bila nomornya dipakai lebih dari satu acara)": (
        "event code (when the number is used by more than one event)"
    ),
    "daftar kunci yang dikenal": "list the known keys",
    "lindungi kunci privat dengan frasa sandi (ditanyakan atau dari berkas)": (
        "protect the private keys with a passphrase (asked, or from a file)"
    ),
    "simpan kunci privat tanpa frasa sandi lagi": "store the private keys without a passphrase",
    "apakah kunci privat dilindungi frasa sandi": "whether the private keys are protected",
    "baca frasa sandi kunci privat dari baris pertama masukan standar (untuk program)": (
        "read the private keys' passphrase from the first line of standard input (for programs)"
    ),
    "berkas berisi frasa sandi kunci privat (baris pertama), bila kunci dilindungi": (
        "file holding the private keys' passphrase (first line), when they are protected"
    ),
    "ekspor kunci publik (JSON atau PEM)": "export the public keys (JSON or PEM)",
    "percayai kunci publik penyelenggara lain": "trust another organizer's public key",
    "pensiunkan kunci stasiun ini, buat yang baru": "retire this station's key and make a new one",
    "berkas tujuan (bawaan: layar)": "output file (default: the screen)",
    "format PEM, bukan JSON": "PEM format instead of JSON",
    "nama penyelenggara (untuk berkas PEM)": "organizer name (for PEM files)",
    "kode acara (menentukan penyelenggara)": "event code (picks the organizer)",
    "alamat dengar (bawaan 127.0.0.1; 0.0.0.0 = semua jaringan, HTTPS)": (
        "listen address (default 127.0.0.1; 0.0.0.0 = every network, HTTPS)"
    ),
    "postgresql://… untuk PostgreSQL (bawaan: SQLite di folder data)": (
        "postgresql://… for PostgreSQL (default: SQLite in the data folder)"
    ),
    "paksa HTTPS (otomatis bila bukan loopback)": "force HTTPS (automatic unless loopback)",
    "tanpa HTTPS (hanya untuk jaringan tepercaya)": "no HTTPS (trusted networks only)",
    "buat kode pemasangan sekali pakai untuk stasiun": "make a one-time pairing code for a station",
    "daftar stasiun terdaftar": "list enrolled stations",
    "cabut akses sebuah stasiun": "revoke a station's access",
    "alamat hub yang dipakai stasiun (untuk kode QR)": "hub address stations use (for the QR code)",
    "masa berlaku (menit, bawaan 15)": "validity (minutes, default 15)",
    "tanpa kode QR di terminal": "no QR code in the terminal",
    "keluaran JSON (kode, alamat, sidik jari, isi QR)": (
        "JSON output (code, address, fingerprint, QR content)"
    ),
    "id atau nama stasiun": "station id or name",
    "alamat hub, mis. https://192.168.1.10:8765 (atau isi kode QR pemasangan)": (
        "hub address, e.g. https://192.168.1.10:8765 (or the pairing QR's content)"
    ),
    "kode pemasangan dari 'ikrar hub pair'": "pairing code from 'ikrar hub pair'",
    "nama stasiun ini, mis. 'Meja 2'": "this station's name, e.g. 'Meja 2'",
    "sidik jari sertifikat hub (HTTPS)": "the hub certificate's fingerprint (HTTPS)",
    "hanya tampilkan status": "only show the status",
    "ekspor semua data satu acara": "export all data of one event",
    "impor bundel dari stasiun lain": "import a bundle from another station",
    "berkas tujuan (.ikrar)": "output file (.ikrar)",
    "enkripsi dengan kata sandi": "encrypt with a password",
    "percayai stasiun pengirim yang belum dikenal (cek sidik jarinya)": (
        "trust an unknown sending station (check its fingerprint)"
    ),
    "Contoh: ikrar export ABC123 --what attendance --out daftar-hadir.pdf; ikrar export "
    "ABC123 --format xlsx --out rekap.xlsx": "Example: ikrar export ABC123 --what attendance "
    "--out daftar-hadir.pdf; ikrar export ABC123 --format xlsx --out rekap.xlsx",
    "dokumen PDF: attendance (daftar hadir), statements (surat pernyataan), declaration "
    "(naskah deklarasi)": "PDF document: attendance (attendance list), statements (signed "
    "statements), declaration (collective declaration)",
    "pdf (bawaan) atau spreadsheet xlsx/csv berisi status hadir dan tanda tangan": (
        "pdf (default) or an xlsx/csv spreadsheet of attendance and signatures"
    ),
    "hanya surat pernyataan peserta ini (kode undangan)": (
        "only this attendee's statement (invitation code)"
    ),
    "berkas keluaran (bawaan: folder documents di folder data)": (
        "output file (default: the documents folder in the data folder)"
    ),
    "tambahkan kolom NIK lengkap ke xlsx/csv (hanya di folder yang menyimpan kunci "
    "induk penyelenggara: hub atau laptop penyelenggara)": (
        "add the full NIK column to xlsx/csv (only in a data folder holding the organizer "
        "root: the hub or the organizer's laptop)"
    ),
    "Impor daftar undangan. Keluar 0 bila impor berjalan (walau ada baris ditolak); 1 bila "
    "file tidak terbaca atau acara tidak ada.": "Import an invitation list. Exits 0 when the "
    "import ran (even with rejected rows); 1 when the file cannot be read or the event does "
    "not exist.",
    "file .xlsx atau .csv": ".xlsx or .csv file",
    "nama lembar (bawaan: lembar pertama berisi)": "sheet name (default: the first with data)",
    "uji coba: tampilkan hasil tanpa menyimpan": "dry run: show the result without saving",
    "simpan laporan impor (baris ditolak dan alasannya) ke Excel": (
        "save the import report (rejected rows and why) to Excel"
    ),
    "Mencatat hadir bila tepat satu peserta cocok; bila tidak ada atau lebih dari satu, "
    "keluar 1 dan menampilkan kandidat.": "Checks in when exactly one attendee matches; with "
    "none or several, exits 1 and shows the candidates.",
    "nama, NIP/NRP, instansi, atau kode peserta": (
        "the attendee's name, NIP/NRP, institution or code"
    ),
    "nama operator": "operator name",
    "nama lengkap dengan gelar": "full name with titles",
    "jabatan/pangkat": "position/rank",
    "instansi/unit kerja": "institution/unit",
    "ASN, PPPK, KEPALA_DESA, PERANGKAT_DESA, TNI, POLRI, UMUM (bawaan: ditentukan otomatis)": (
        "ASN, PPPK, KEPALA_DESA, PERANGKAT_DESA, TNI, POLRI, UMUM (default: decided automatically)"
    ),
    "hanya daftarkan": "only register",
    "file PDF keluaran": "output PDF file",
    "badge: 8 kartu per A4 (bawaan); letter: surat undangan per peserta": (
        "badge: 8 cards per A4 (default); letter: one invitation letter per attendee"
    ),
    "kode untuk mengganti kunci stasiun yang sudah terdaftar (id atau nama)": (
        "a code to replace the key of a station already enrolled (id or name)"
    ),
    "enkripsi dengan kata sandi: baris pertama berkas ini": (
        "encrypt with a password: the first line of this file"
    ),
    "enkripsi dengan kata sandi: ditanyakan": "encrypt with a password: asked for",
    "tanpa enkripsi (bawaan: terenkripsi untuk kunci penyelenggara bila dikenal)": (
        "no encryption (default: encrypted to the organizer's key when known)"
    ),
    "kata sandi bundel terenkripsi: baris pertama berkas ini": (
        "password of an encrypted bundle: the first line of this file"
    ),
    "kata sandi bundel terenkripsi: ditanyakan": "password of an encrypted bundle: asked for",
    "kepala rantai yang tercetak di dokumen (saksi; boleh berulang)": (
        "a chain head printed on a document (a witness; may be repeated)"
    ),
    "jangan tanya hub (tanpa saksi hub)": "do not ask the hub (no hub witness)",
    "tulis satu berkas HTML yang memeriksa sertifikat tanpa server (kunci dan daftar "
    "pencabutan di dalamnya)": (
        "write one HTML file that checks certificates with no server (keys and revocation "
        "list inside)"
    ),
    "izinkan peserta mengunduh sertifikat yang sudah terbit ke ponsel mereka": (
        "let attendees download their issued certificates to their phones"
    ),
    "poster A4 dengan kode QR ke halaman sertifikat di hub (unduh ke ponsel)": (
        "an A4 poster with a QR code to the hub's certificate page (download to phones)"
    ),
    "berkas tujuan": "output file",
    "hentikan unduhan ke ponsel (tarik kembali)": "stop downloads to phones (withdraw)",
    "alamat hub yang dijangkau ponsel (bawaan: hub meja ini)": (
        "the hub address phones can reach (default: this desk's hub)"
    ),
    "nama Wi-Fi acara, dicetak di poster": "the event's Wi-Fi name, printed on the poster",
    "jumlah proses pekerja (bawaan 1; lebih dari 1 perlu PostgreSQL)": (
        "number of worker processes (default 1; more than 1 needs PostgreSQL)"
    ),
    "jalankan sekali setelah memulihkan basis data PostgreSQL hub dari cadangan": (
        "run once after restoring the hub's PostgreSQL database from a backup"
    ),
}
METAVARS_EN = {
    "PERINTAH": "COMMAND",
    "SUBPERINTAH": "SUBCOMMAND",
    "ACARA": "EVENT",
    "NAMA": "NAME",
    "NAMA_STASIUN": "STATION_NAME",
    "AKSI": "ACTION",
    "ALASAN": "REASON",
    "BERKAS": "FILE",
    "CARI": "QUERY",
    "KODE": "CODE",
    "NOMOR": "NUMBER",
    "STASIUN": "STATION",
    "PERMINTAAN": "REQUEST",
}


def translate_parser(parser: argparse.ArgumentParser, language: str) -> None:
    """Our help texts in ``language`` (English), across every subcommand."""
    if language != "en":
        return
    if parser.description:
        parser.description = HELP_EN.get(parser.description, parser.description)
    if parser.epilog:
        parser.epilog = HELP_EN.get(parser.epilog, parser.epilog)
    for action in parser._actions:
        if isinstance(action.help, str):
            action.help = HELP_EN.get(action.help, action.help)
        if isinstance(action.metavar, str):
            action.metavar = METAVARS_EN.get(action.metavar, action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if isinstance(choice.help, str):
                    choice.help = HELP_EN.get(choice.help, choice.help)
            for sub in action.choices.values():
                translate_parser(sub, language)
