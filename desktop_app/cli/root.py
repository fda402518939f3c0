"""``ikrar root``: the organizer root on the organizer's laptop, for events without a hub.

The hub makes and keeps its own root and certifies stations when they pair; these commands
do the same on a laptop, with files carried on USB (services/certificates/
station_certification.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.bootstrap import open_home


def register(subparsers: Any) -> None:
    root = subparsers.add_parser(
        "root", help="kunci induk penyelenggara di laptop penyelenggara (acara tanpa hub)"
    )
    sub = root.add_subparsers(dest="root_command", metavar="SUBPERINTAH", required=True)
    init = sub.add_parser("init", help="buat kunci induk penyelenggara di laptop ini (sekali)")
    init.set_defaults(handler=run_root_init)
    export = sub.add_parser(
        "export-public", help="tulis bagian publik kunci induk (untuk laptop pemeriksa)"
    )
    export.add_argument("file", metavar="BERKAS")
    export.set_defaults(handler=run_root_export_public)
    trust = sub.add_parser("trust", help="percayai kunci induk dari berkas 'export-public'")
    trust.add_argument("file", metavar="BERKAS")
    trust.set_defaults(handler=run_root_trust)
    request = sub.add_parser(
        "request", help="di stasiun: tulis permintaan sertifikasi kunci stasiun ini"
    )
    request.add_argument("file", metavar="BERKAS")
    request.set_defaults(handler=run_root_request)
    certify = sub.add_parser(
        "certify", help="di laptop penyelenggara: sertifikasi permintaan sebuah stasiun"
    )
    certify.add_argument("request", metavar="PERMINTAAN")
    certify.add_argument("--out", required=True, metavar="BERKAS", help="berkas sertifikat")
    certify.set_defaults(handler=run_root_certify)
    accept = sub.add_parser("accept", help="di stasiun: simpan sertifikat dari penyelenggara")
    accept.add_argument("file", metavar="BERKAS")
    accept.set_defaults(handler=run_root_accept)
    revoke = sub.add_parser(
        "revoke", help="di laptop penyelenggara: cabut sebuah stasiun (daftar pencabutan)"
    )
    revoke.add_argument("station", metavar="ID_STASIUN")
    revoke.add_argument("--reason", default="", metavar="ALASAN", help="alasan pencabutan")
    revoke.set_defaults(handler=run_root_revoke)
    export_revocations = sub.add_parser(
        "export-revocations", help="tulis daftar pencabutan stasiun ke berkas (untuk USB)"
    )
    export_revocations.add_argument("file", metavar="BERKAS")
    export_revocations.set_defaults(handler=run_root_export_revocations)
    trust_revocations = sub.add_parser(
        "trust-revocations", help="simpan daftar pencabutan dari berkas 'export-revocations'"
    )
    trust_revocations.add_argument("file", metavar="BERKAS")
    trust_revocations.set_defaults(handler=run_root_trust_revocations)


def run_root_init(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import init_root

    home = open_home(args.home)
    info = init_root(home.keys)
    state = "dibuat" if info.created else "sudah ada"
    print(f"Kunci induk penyelenggara {state}. Sidik jari: {info.fingerprint}")
    return 0


def run_root_export_public(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import (
        public_root,
        write_json_file,
    )
    from desktop_app.services.common.hashing import key_fingerprint
    from desktop_app.sync.identity import unb64

    home = open_home(args.home)
    data = public_root(home.keys)
    write_json_file(Path(args.file), data)
    print(
        f"Kunci induk publik ditulis ke {args.file}. Sidik jari: "
        f"{key_fingerprint(unb64(data['root']))}"
    )
    return 0


def run_root_trust(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import (
        PUBLIC_FORMAT,
        read_json_file,
        trust_public_root,
    )

    open_home(args.home)
    fingerprint = trust_public_root(read_json_file(Path(args.file), PUBLIC_FORMAT))
    print(
        f"Kunci induk penyelenggara dipercaya. Sidik jari: {fingerprint} "
        "(cocokkan dengan layar laptop penyelenggara)."
    )
    return 0


def run_root_request(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import (
        certification_request,
        write_json_file,
    )

    open_home(args.home)
    request, fingerprint = certification_request()
    write_json_file(Path(args.file), request)
    print(
        f"Permintaan sertifikasi ditulis ke {args.file}. Sidik jari stasiun "
        f"'{request['station_name']}': {fingerprint}"
    )
    return 0


def run_root_certify(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import (
        REQUEST_FORMAT,
        certify_request,
        read_json_file,
        write_json_file,
    )

    home = open_home(args.home)
    certificate, done = certify_request(
        home.keys, read_json_file(Path(args.request), REQUEST_FORMAT)
    )
    write_json_file(Path(args.out), certificate)
    print(
        f"Stasiun '{done.station_name}' (sidik jari {done.station_fingerprint}) "
        f"disertifikasi oleh kunci induk {done.root_fingerprint}: {args.out}"
    )
    return 0


def run_root_accept(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import (
        CERTIFICATE_FORMAT,
        accept_station_certificate,
        read_json_file,
    )

    open_home(args.home)
    fingerprint = accept_station_certificate(read_json_file(Path(args.file), CERTIFICATE_FORMAT))
    print(
        f"Sertifikat disimpan: stasiun ini dipercaya kunci induk penyelenggara {fingerprint} "
        "(cocokkan dengan layar laptop penyelenggara)."
    )
    return 0


def run_root_revoke(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import root_key
    from desktop_app.services.certificates.station_revocations import revoke_station

    home = open_home(args.home)
    revoked = revoke_station(root_key(home.keys), args.station, args.reason)
    print(
        f"Stasiun {args.station.strip()} dicabut. Daftar pencabutan nomor {revoked.serial} "
        f"({len(revoked.entries)} stasiun) disimpan; bagikan lewat sinkronisasi, bundel, atau "
        "'ikrar root export-revocations'."
    )
    return 0


def run_root_export_revocations(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import write_json_file
    from desktop_app.services.certificates.station_revocations import export_document

    open_home(args.home)
    document = export_document()
    write_json_file(Path(args.file), document)
    print(f"{len(document['lists'])} daftar pencabutan ditulis ke {args.file}.")
    return 0


def run_root_trust_revocations(args: argparse.Namespace) -> int:
    from desktop_app.services.certificates.station_certification import read_json_file
    from desktop_app.services.certificates.station_revocations import (
        EXPORT_FORMAT,
        import_document,
    )

    open_home(args.home)
    kept, known = import_document(read_json_file(Path(args.file), EXPORT_FORMAT))
    print(f"Daftar pencabutan disimpan: {kept} baru, {known} sudah ada.")
    return 0
