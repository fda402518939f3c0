<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>NIP / NRP / NIK</source>
        <translation>NIP / NRP / NIK</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation>Invitation</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Hadir dan belum</source>
        <translation>Present or not</translation>
    </message>
    <message>
        <source>Sudah hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Belum hadir</source>
        <translation>Not present yet</translation>
    </message>
    <message>
        <source>Pilih atau buat acara lebih dulu.</source>
        <translation>Select or create an event first.</translation>
    </message>
    <message>
        <source> · %1 ditampilkan</source>
        <translation> · %1 shown</translation>
    </message>
    <message>
        <source>%1 peserta · %2 hadir</source>
        <translation>%1 participants · %2 present</translation>
    </message>
    <message>
        <source>Pilih daftar undangan</source>
        <translation>Choose invitation list</translation>
    </message>
    <message>
        <source>Daftar undangan (*.xlsx *.xlsm *.xls *.csv);;Semua file (*)</source>
        <translation>Invitation lists (*.xlsx *.xlsm *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Kartu peserta (8 per halaman A4)</source>
        <translation>Participant cards (8 per A4 page)</translation>
    </message>
    <message>
        <source>Surat undangan (1 per halaman)</source>
        <translation>Invitation letters (1 per page)</translation>
    </message>
    <message>
        <source>Cetak undangan</source>
        <translation>Print invitations</translation>
    </message>
    <message>
        <source>Bentuk:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Membuat PDF undangan…</source>
        <translation>Creating the invitation PDF…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pembuatan undangan dibatalkan.</source>
        <translation>Invitation PDF cancelled.</translation>
    </message>
    <message>
        <source>PDF tidak dapat dibuat; rincian ada di log.</source>
        <translation>The PDF could not be created; details are in the log.</translation>
    </message>
    <message>
        <source>%1 undangan disimpan ke %2</source>
        <translation>%1 invitations saved to %2</translation>
    </message>
    <message>
        <source>Membuat PDF…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>&amp;Impor daftar undangan…</source>
        <translation>&amp;Import invitation list…</translation>
    </message>
    <message>
        <source>Impor dari Excel (.xlsx, .xls) atau CSV</source>
        <translation>Import from Excel (.xlsx, .xls) or CSV</translation>
    </message>
    <message>
        <source>Datang &amp;langsung…</source>
        <translation>&amp;Walk-in…</translation>
    </message>
    <message>
        <source>&amp;Cetak undangan/kartu…</source>
        <translation>&amp;Print invitations/cards…</translation>
    </message>
    <message>
        <source>PDF undangan atau kartu peserta dengan kode QR (tanpa NIK/NIP)</source>
        <translation>PDF of invitations or participant cards with QR codes (no NIK/NIP)</translation>
    </message>
    <message>
        <source>Saring: nama, NIP/NRP, instansi, atau kode…</source>
        <translation>Filter: name, NIP/NRP, institution or code…</translation>
    </message>
    <message>
        <source>Saring peserta</source>
        <translation>Filter participants</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>CertificateList</name>
    <message>
        <source>Belum diterbitkan</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>Diterbitkan</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Peserta boleh mengunduh ke ponsel</source>
        <translation>Attendees may download to their phones</translation>
    </message>
    <message>
        <source>Sertifikat yang sudah terbit dapat diunduh peserta di halaman sertifikat hub (poster meja sertifikat).</source>
        <translation>Issued certificates can be downloaded by attendees on the hub&apos;s certificate page (certificate desk poster).</translation>
    </message>
    <message>
        <source>Pilih acara lebih dulu.</source>
        <translation>Select an event first.</translation>
    </message>
    <message>
        <source>Daftar tidak dapat dimuat; lihat log.</source>
        <translation>The list could not be loaded; see the log.</translation>
    </message>
    <message>
        <source>{0} berhak · {1} diterbitkan · {2} dicabut</source>
        <translation>{0} eligible · {1} issued · {2} revoked</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Pilih dulu baris peserta di daftar.</source>
        <translation>Select a participant row in the list first.</translation>
    </message>
    <message>
        <source>Simpan PDF sertifikat</source>
        <translation>Save certificate PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sertifikat gagal dibuat: {0}</source>
        <translation>The certificate could not be created: {0}</translation>
    </message>
    <message>
        <source>Pembuatan sertifikat dibatalkan.</source>
        <translation>Certificate creation canceled.</translation>
    </message>
    <message>
        <source>{0} sertifikat disimpan ke {1}</source>
        <translation>{0} certificate(s) saved to {1}</translation>
    </message>
    <message>
        <source>Cetak sertifikat</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <source>Tidak ada baris terpilih. Cetak semua {0} sertifikat yang terbit?</source>
        <translation>No rows selected. Print all {0} issued certificates?</translation>
    </message>
    <message>
        <source>Tidak ada sertifikat terbit untuk dicetak.</source>
        <translation>There are no issued certificates to print.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Pencetakan gagal: {0}</source>
        <translation>Printing failed: {0}</translation>
    </message>
    <message>
        <source>{0} sertifikat dicetak.</source>
        <translation>{0} certificate(s) printed.</translation>
    </message>
    <message>
        <source>Pilih peserta yang sertifikatnya sudah terbit.</source>
        <translation>Select a participant whose certificate has been issued.</translation>
    </message>
    <message>
        <source>PDF tidak dapat dibuat: {0}</source>
        <translation>The PDF could not be made: {0}</translation>
    </message>
    <message>
        <source>Cabut sertifikat</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>Pilih sertifikat yang masih berlaku.</source>
        <translation>Select a certificate that is still valid.</translation>
    </message>
    <message>
        <source>Alasan mencabut {0} ({1}):</source>
        <translation>Reason for revoking {0} ({1}):</translation>
    </message>
    <message>
        <source>Pencabutan gagal. Rincian ada di log.</source>
        <translation>Revoking failed. Details are in the log.</translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Cari nama atau nomor…</source>
        <translation>Search name or number…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buat PDF &amp;terpilih…</source>
        <translation>PDF of &amp;selected…</translation>
    </message>
    <message>
        <source>Buat PDF &amp;semua…</source>
        <translation>PDF of &amp;all…</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Buka PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>Ca&amp;but…</source>
        <translation>&amp;Revoke…</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Ketik nama, NIP/NRP, instansi, atau kode undangan, lalu tekan Enter. Kode QR dari pemindai langsung dicatat.</source>
        <translation>Type a name, NIP/NRP, institution or invitation code, then press Enter. QR codes from a scanner are recorded at once.</translation>
    </message>
    <message>
        <source>Pilih acara lebih dulu.</source>
        <translation>Select an event first.</translation>
    </message>
    <message>
        <source>Hadir %1 dari %2</source>
        <translation>Present: %1 of %2</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Menyiapkan pencarian…</source>
        <translation>Preparing search…</translation>
    </message>
    <message>
        <source>kode %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>✓ sudah hadir %1 · %2</source>
        <translation>✓ already present %1 · %2</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok — Ctrl+L untuk mendaftarkan yang datang langsung</source>
        <translation>No match — press Ctrl+L to register a walk-in</translation>
    </message>
    <message>
        <source>%1 hasil%2</source>
        <translation>%1 results%2</translation>
    </message>
    <message>
        <source> (ketik lebih lengkap)</source>
        <translation> (type more to narrow down)</translation>
    </message>
    <message>
        <source>Tidak ada di daftar undangan</source>
        <translation>Not on the invitation list</translation>
    </message>
    <message>
        <source>Daftarkan %1 sebagai peserta yang datang langsung.</source>
        <translation>Register %1 as a walk-in attendee.</translation>
    </message>
    <message>
        <source>Belum ada acara</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <source>Pilih acara lebih dulu, lalu pindai lagi.</source>
        <translation>Select an event first, then scan again.</translation>
    </message>
    <message>
        <source>Undangan acara lain</source>
        <translation>Invitation for another event</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>✓ HADIR — %1</source>
        <translation>✓ PRESENT — %1</translation>
    </message>
    <message>
        <source>Tercatat pukul %1 di %2.</source>
        <translation>Recorded at %1 at %2.</translation>
    </message>
    <message>
        <source>SUDAH HADIR — %1</source>
        <translation>ALREADY PRESENT — %1</translation>
    </message>
    <message>
        <source>Pertama tercatat pukul %1 di %2. Registrasi ulang ini disimpan sebagai pengulangan.</source>
        <translation>First recorded at %1 at %2. This repeat check-in is saved as a duplicate.</translation>
    </message>
    <message>
        <source>Batalkan registrasi</source>
        <translation>Cancel check-in</translation>
    </message>
    <message>
        <source>Alasan pembatalan (mis. salah pilih nama):</source>
        <translation>Reason for canceling (e.g. wrong name picked):</translation>
    </message>
    <message>
        <source>Registrasi dibatalkan</source>
        <translation>Check-in canceled</translation>
    </message>
    <message>
        <source>Registrasi %1 dibatalkan dan dicatat di log.</source>
        <translation>Check-in of %1 canceled and recorded in the log.</translation>
    </message>
    <message>
        <source>Tidak dapat dicatat</source>
        <translation>Could not be recorded</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Registrasi tidak tersimpan. Rincian ada di log.</source>
        <translation>The check-in was not saved. Details are in the log.</translation>
    </message>
    <message>
        <source>Registrasi</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Datang &amp;langsung…</source>
        <translation>&amp;Walk-in…</translation>
    </message>
    <message>
        <source>Daftarkan peserta yang tidak ada di daftar undangan (Ctrl+L)</source>
        <translation>Register a participant who is not on the invitation list (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Kamera…</source>
        <translation>Ca&amp;mera…</translation>
    </message>
    <message>
        <source>Pindai kode QR undangan dengan kamera laptop</source>
        <translation>Scan the invitation QR code with the laptop camera</translation>
    </message>
    <message>
        <source>Ketik nama, NIP/NRP, instansi, atau kode undangan…</source>
        <translation>Type a name, NIP/NRP, institution or invitation code…</translation>
    </message>
    <message>
        <source>Cari peserta</source>
        <translation>Search participants</translation>
    </message>
    <message>
        <source>&amp;Batalkan registrasi ini…</source>
        <translation>&amp;Cancel this check-in…</translation>
    </message>
    <message>
        <source>Membatalkan registrasi yang salah (tercatat di log, tidak dihapus)</source>
        <translation>Cancel a wrong check-in (recorded in the log, not deleted)</translation>
    </message>
    <message>
        <source>Registrasi terakhir</source>
        <translation>Recent check-ins</translation>
    </message>
    <message>
        <source>↑/↓ memilih · Enter mencatat hadir · Esc mengosongkan · pemindai QR bekerja dari halaman mana pun</source>
        <translation>↑/↓ select · Enter checks in · Esc clears · the QR scanner works from any page</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Belum ada acara dipilih. Pilih acara di halaman Acara.</source>
        <translation>No event selected. Select one on the Event page.</translation>
    </message>
    <message>
        <source>Deklarasi</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Belum ada acara dipilih.</source>
        <translation>No event selected.</translation>
    </message>
    <message>
        <source>Penandatanganan</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Naskah</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>DeclarationTextsTab</name>
    <message>
        <source>ASN (PNS dan PPPK)</source>
        <translation>Civil servants (PNS and PPPK)</translation>
    </message>
    <message>
        <source>Kepala Desa dan Perangkat Desa</source>
        <translation>Village heads and officials</translation>
    </message>
    <message>
        <source>TNI dan Polri</source>
        <translation>TNI and Polri</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General public</translation>
    </message>
    <message>
        <source>Naskah deklarasi kolektif</source>
        <translation>Collective declaration text</translation>
    </message>
    <message>
        <source>Isian yang tersedia: </source>
        <translation>Available fields: </translation>
    </message>
    <message>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> · sudah ditandatangani</source>
        <translation> · signed</translation>
    </message>
    <message>
        <source>Naskah ini sudah ditandatangani, sehingga tidak dapat diubah lagi. Menyimpan perubahan membuat versi baru; tanda tangan yang sudah ada tetap melekat pada versi lama.</source>
        <translation>This text has already been signed, so it can no longer be changed. Saving changes creates a new version; existing signatures stay attached to the old version.</translation>
    </message>
    <message>
        <source>Belum ada yang menandatangani: perubahan menimpa versi ini.</source>
        <translation>No one has signed yet: changes overwrite this version.</translation>
    </message>
    <message>
        <source>Naskah tidak tersimpan. Rincian ada di log.</source>
        <translation>The text was not saved. Details are in the log.</translation>
    </message>
    <message>
        <source>Tersimpan sebagai versi baru %1 (versi %2 sudah ditandatangani dan tetap tersimpan).</source>
        <translation>Saved as new version %1 (version %2 has signatures and is kept).</translation>
    </message>
    <message>
        <source>Naskah tersimpan.</source>
        <translation>Text saved.</translation>
    </message>
    <message>
        <source>Naskah</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Naskah:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Judul naskah</source>
        <translation>Text title</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Simpan naskah</source>
        <translation>Save text</translation>
    </message>
</context>
<context>
    <name>DeskOpeningDialog</name>
    <message>
        <source>Buka meja hari ini</source>
        <translation>Open the desk for today</translation>
    </message>
    <message>
        <source>Siapa yang bertugas di meja ini hari ini? Namanya dicatat pada setiap registrasi, tanda tangan, dan dokumen.</source>
        <translation>Who is working this desk today? The name is recorded with every check-in, signature and document.</translation>
    </message>
    <message>
        <source>mis. Rina Manafe</source>
        <translation>e.g. Rina Manafe</translation>
    </message>
    <message>
        <source>Nama &amp;operator</source>
        <translation>&amp;Operator name</translation>
    </message>
    <message>
        <source>Nama &amp;meja</source>
        <translation>&amp;Desk name</translation>
    </message>
    <message>
        <source>&amp;Mulai bertugas</source>
        <translation>&amp;Start the shift</translation>
    </message>
    <message>
        <source>Tidak tersimpan. Rincian ada di log.</source>
        <translation>Not saved. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Yang terjadi: %1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <source>Rincian teknis tercatat di berkas log:
%1
Kirimkan berkas ini kepada petugas teknis bila masalah berulang.</source>
        <translation>Technical details were written to the log file:
%1
Send this file to your technical support if the problem happens again.</translation>
    </message>
    <message>
        <source>Memori komputer tidak cukup.</source>
        <translation>The computer does not have enough memory.</translation>
    </message>
    <message>
        <source>Ikrar tidak diizinkan membuka atau menulis berkas (%1).</source>
        <translation>Ikrar is not allowed to open or write a file (%1).</translation>
    </message>
    <message>
        <source>Berkas atau perangkat tidak dapat dipakai (%1).</source>
        <translation>A file or device cannot be used (%1).</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Maaf, Ikrar mengalami masalah yang tidak terduga.</source>
        <translation>Sorry, Ikrar ran into an unexpected problem.</translation>
    </message>
    <message>
        <source>Data yang sudah tersimpan (peserta, kehadiran, tanda tangan, sertifikat) tetap aman. Pekerjaan yang sedang diisi di layar ini mungkin perlu diulang. Anda dapat melanjutkan bekerja.</source>
        <translation>Data that was already saved (attendees, check-ins, signatures, certificates) is safe. What you were filling in on this screen may need to be entered again. You can keep working.</translation>
    </message>
    <message>
        <source>Buka folder &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>WIB — Waktu Indonesia Barat (UTC+7)</source>
        <translation>WIB — Western Indonesia Time (UTC+7)</translation>
    </message>
    <message>
        <source>WITA — Waktu Indonesia Tengah (UTC+8)</source>
        <translation>WITA — Central Indonesia Time (UTC+8)</translation>
    </message>
    <message>
        <source>WIT — Waktu Indonesia Timur (UTC+9)</source>
        <translation>WIT — Eastern Indonesia Time (UTC+9)</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Formulir acara berisi perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation>The event form has changes that are not saved yet. Save them now?</translation>
    </message>
    <message>
        <source>Ubah acara</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>Kode acara: %1</source>
        <translation>Event code: %1</translation>
    </message>
    <message>
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>(kode acara dibuat saat disimpan)</source>
        <translation>(the event code is created when you save)</translation>
    </message>
    <message>
        <source>Acara %1 dibuat.</source>
        <translation>Event %1 created.</translation>
    </message>
    <message>
        <source>Perubahan disimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Acara tidak tersimpan. Rincian ada di log.</source>
        <translation>The event was not saved. Details are in the log.</translation>
    </message>
    <message>
        <source>Format belum benar</source>
        <translation>The format is not valid yet</translation>
    </message>
    <message>
        <source>Nomor berikutnya: %1</source>
        <translation>Next number: %1</translation>
    </message>
    <message>
        <source> (stasiun ini belum mendapat blok nomor dari penyelenggara, jadi nomornya memuat kode stasiun)</source>
        <translation> (this station has no number block from the organizer yet, so its numbers carry the station code)</translation>
    </message>
    <message>
        <source>Kosong: alamat yang tersimpan tetap dipakai.</source>
        <translation>Empty: the stored address is kept.</translation>
    </message>
    <message>
        <source>Kode QR berisi:
%1</source>
        <translation>The QR code holds:
%1</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Rincian acara</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>&amp;Judul acara</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>mis. Sosialisasi dan Deklarasi Netralitas ASN</source>
        <translation>e.g. Civil Servant Neutrality Briefing and Declaration</translation>
    </message>
    <message>
        <source>&amp;Penyelenggara</source>
        <translation>&amp;Organizer</translation>
    </message>
    <message>
        <source>mis. Bawaslu Kabupaten Kupang</source>
        <translation>e.g. Bawaslu Kabupaten Kupang</translation>
    </message>
    <message>
        <source>&amp;Kode penyelenggara</source>
        <translation>Organizer co&amp;de</translation>
    </message>
    <message>
        <source>mis. BAWASLU-KPG</source>
        <translation>e.g. BAWASLU-KPG</translation>
    </message>
    <message>
        <source>&amp;Zona waktu</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <source>mis. Ballroom Hotel Aston Kupang</source>
        <translation>e.g. Ballroom Hotel Aston Kupang</translation>
    </message>
    <message>
        <source>K&amp;ota/Kabupaten</source>
        <translation>C&amp;ity/Regency</translation>
    </message>
    <message>
        <source>&amp;Mulai</source>
        <translation>Sta&amp;rts</translation>
    </message>
    <message>
        <source>T&amp;ingkat</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>T&amp;empat</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>Se&amp;lesai</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <source>&amp;Format nomor sertifikat</source>
        <translation>Certificate num&amp;ber format</translation>
    </message>
    <message>
        <source>Bagian yang diganti otomatis: {seq:03d} nomor urut, {org} kode penyelenggara, {month_roman} bulan Romawi, {month} bulan, {year} tahun, {station} kode meja.</source>
        <translation>Parts filled in automatically: {seq:03d} sequence number, {org} organizer code, {month_roman} month in Roman numerals, {month} month, {year} year, {station} desk code.</translation>
    </message>
    <message>
        <source>Alamat &amp;verifikasi QR</source>
        <translation>QR &amp;verification address</translation>
    </message>
    <message>
        <source>mis. https://hub-bawaslu.example.id</source>
        <translation>e.g. https://hub-bawaslu.example.id</translation>
    </message>
    <message>
        <source>Alamat situs yang dibuka ponsel saat kode QR sertifikat dipindai (alamat hub atau situs penyelenggara). Sertifikat yang sudah dicetak tidak berubah.</source>
        <translation>The site a phone opens when it scans a certificate&apos;s QR code (the hub&apos;s address or the organizer&apos;s site). Certificates already printed do not change.</translation>
    </message>
    <message>
        <source>Pejabat penandatangan</source>
        <translation>Signing officials</translation>
    </message>
    <message>
        <source>Centang dokumen yang ditandatangani setiap pejabat. Pejabat yang dihapus tetap tercatat pada dokumen yang sudah ditandatanganinya.</source>
        <translation>Tick the documents each official signs. A removed official stays on the documents they already signed.</translation>
    </message>
    <message>
        <source>Daftar pejabat penandatangan</source>
        <translation>Signing officials list</translation>
    </message>
    <message>
        <source>Nama (dengan gelar)</source>
        <translation>Name (with titles)</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Deklarasi</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Undangan</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>&amp;Tambah pejabat</source>
        <translation>&amp;Add official</translation>
    </message>
    <message>
        <source>&amp;Hapus pejabat</source>
        <translation>Re&amp;move official</translation>
    </message>
    <message>
        <source>Kop surat &amp;&amp; &amp;undangan…</source>
        <translation>Letterhead &amp;&amp; &amp;invitation…</translation>
    </message>
    <message>
        <source>&amp;Blok nomor sertifikat…</source>
        <translation>Certificate number &amp;blocks…</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal. Rincian ada di log.</source>
        <translation>The check failed. Details are in the log.</translation>
    </message>
    <message>
        <source>Juga rusak: </source>
        <translation>Also broken: </translation>
    </message>
    <message>
        <source>PIN penyelenggara</source>
        <translation>Organizer PIN</translation>
    </message>
    <message>
        <source>PIN saat ini:</source>
        <translation>Current PIN:</translation>
    </message>
    <message>
        <source>PIN baru (minimal 6 karakter):</source>
        <translation>New PIN (at least 6 characters):</translation>
    </message>
    <message>
        <source>Ulangi PIN baru:</source>
        <translation>Repeat new PIN:</translation>
    </message>
    <message>
        <source>Kedua PIN baru tidak sama; tidak diubah.</source>
        <translation>The two new PINs do not match; nothing changed.</translation>
    </message>
    <message>
        <source>PIN tidak tersimpan. Rincian ada di log.</source>
        <translation>The PIN was not saved. Details are in the log.</translation>
    </message>
    <message>
        <source>PIN penyelenggara tersimpan.</source>
        <translation>Organizer PIN saved.</translation>
    </message>
    <message>
        <source>Lepas perlindungan kunci…</source>
        <translation>Remove key protection…</translation>
    </message>
    <message>
        <source>Kunci dilindungi frasa sandi (terbuka sampai aplikasi ditutup).</source>
        <translation>Keys protected by a passphrase (unlocked until the app closes).</translation>
    </message>
    <message>
        <source>Kunci dilindungi frasa sandi dan masih terkunci.</source>
        <translation>Keys protected by a passphrase and still locked.</translation>
    </message>
    <message>
        <source>Lindungi kunci dengan frasa sandi…</source>
        <translation>Protect keys with a passphrase…</translation>
    </message>
    <message>
        <source>Kunci privat disimpan tanpa frasa sandi.</source>
        <translation>Private keys are stored without a passphrase.</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Setiap tanda tangan disimpan sebagai catatan bukti berantai per stasiun. Pemeriksaan menghitung ulang semua hash dan menyebut catatan pertama yang rusak.</source>
        <translation>Each signature is stored as a hash-chained evidence record per station. The check recomputes every hash and names the first broken record.</translation>
    </message>
    <message>
        <source>Periksa rantai bukti</source>
        <translation>Check evidence chain</translation>
    </message>
    <message>
        <source>PIN penyelenggara melindungi data goresan tanda tangan (data pribadi menurut UU PDP) dan mengakhiri mode kiosk bila hanya ada satu layar.</source>
        <translation>The organizer PIN protects signature stroke data (personal data under the PDP Law) and ends kiosk mode when there is only one screen.</translation>
    </message>
    <message>
        <source>Atur PIN penyelenggara…</source>
        <translation>Set organizer PIN…</translation>
    </message>
    <message>
        <source>Frasa sandi melindungi kunci privat stasiun ini (yang menandatangani bukti dan sertifikat) di disk: salinan folder data dari laptop yang mati tidak dapat menandatangani. Frasa sandi ditanyakan sekali setiap aplikasi dibuka.</source>
        <translation>A passphrase protects this station&apos;s private keys (which sign evidence and certificates) on disk: a copy of the data folder of a switched-off laptop cannot sign. The passphrase is asked once each time the app opens.</translation>
    </message>
</context>
<context>
    <name>HubRunner</name>
    <message>
        <source>Hub berhenti tiba-tiba; rincian ada di log.</source>
        <translation>The hub stopped unexpectedly; details are in the log.</translation>
    </message>
    <message>
        <source>Hub tidak dapat dijalankan; rincian ada di log.</source>
        <translation>The hub could not be started; details are in the log.</translation>
    </message>
    <message>
        <source>Buka kunci stasiun dulu (frasa sandi) sebelum menjalankan hub.</source>
        <translation>Unlock the station keys first (passphrase) before running the hub.</translation>
    </message>
    <message>
        <source>Kode pemasangan gagal dibuat; lihat log.</source>
        <translation>The pairing code could not be made; see the log.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Semua baris</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Membaca file…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <source>(kolom %1 tanpa judul)</source>
        <translation>(column %1, no header)</translation>
    </message>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Tidak yakin: periksa kolom ini</source>
        <translation>Not sure: check this column</translation>
    </message>
    <message>
        <source>Perlu perhatian (ditolak, peringatan, tidak dibaca)</source>
        <translation>Needs attention (rejected, warnings, not read)</translation>
    </message>
    <message>
        <source>Judul kolom ditemukan di baris %1 (dikenali: %3); %2 baris data.</source>
        <translation>Column headers found in row %1 (recognised: %3); %2 data rows.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 kolom bertanda kuning perlu diperiksa&lt;/b&gt; — pilih isinya atau (abaikan).</source>
        <translation>&lt;b&gt;%1 column(s) marked yellow need checking&lt;/b&gt; — choose what they hold or (ignore).</translation>
    </message>
    <message>
        <source>Semua kolom dikenali. Ubah pilihan bila perlu.</source>
        <translation>All columns recognized. Change the choices if needed.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Uji coba — belum ada yang disimpan.</source>
        <translation>Test run — nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Impor selesai dan tersimpan.</source>
        <translation>Import finished and saved.</translation>
    </message>
    <message>
        <source>Baris yang ditolak tidak diimpor. Simpan laporan ke Excel, perbaiki baris di lembar &lt;i&gt;Perbaiki&lt;/i&gt;, lalu impor file itu lagi; baris yang sudah masuk tidak akan terduplikasi.</source>
        <translation>Rejected rows were not imported. Save the report to Excel, fix the rows on the &lt;i&gt;Perbaiki&lt;/i&gt; (Fix) sheet, then import that file again; rows already imported will not be duplicated.</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Laporan impor disimpan: %1</source>
        <translation>Import report saved: %1</translation>
    </message>
    <message>
        <source>&amp;Impor sekarang</source>
        <translation>&amp;Import now</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Impor gagal karena kesalahan tak terduga; tidak ada yang diubah. Rincian ada di log.</source>
        <translation>The import failed because of an unexpected error; nothing was changed. Details are in the log.</translation>
    </message>
    <message>
        <source>Impor daftar undangan</source>
        <translation>Import invitation list</translation>
    </message>
    <message>
        <source>&amp;Lembar:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Kolom di file</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <source>Diisi ke</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <source>&amp;Tampilkan:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>&amp;Simpan laporan ke Excel…</source>
        <translation>Save &amp;report to Excel…</translation>
    </message>
    <message>
        <source>&amp;Kembali ke kolom</source>
        <translation>&amp;Back to columns</translation>
    </message>
    <message>
        <source>&amp;Uji coba</source>
        <translation>&amp;Test run</translation>
    </message>
    <message>
        <source>Periksa semua baris tanpa menyimpan apa pun</source>
        <translation>Check every row without saving anything</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>KeyProtectionDialogs</name>
    <message>
        <source>Memeriksa frasa sandi…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Gagal. Rincian ada di log.</source>
        <translation>Failed. Details are in the log.</translation>
    </message>
    <message>
        <source>Buka kunci stasiun</source>
        <translation>Unlock the station keys</translation>
    </message>
    <message>
        <source>Kunci privat stasiun ini dilindungi frasa sandi. Registrasi, tanda tangan, sertifikat dan sinkronisasi ditandatangani dengan kunci itu: masukkan frasa sandinya sekali; kunci tetap terbuka sampai aplikasi ditutup.</source>
        <translation>This station&apos;s private keys are protected by a passphrase. Check-ins, signatures, certificates and sync are signed with them: enter the passphrase once; the keys stay unlocked until the app closes.</translation>
    </message>
    <message>
        <source>&amp;Frasa sandi</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Lindungi kunci dengan frasa sandi</source>
        <translation>Protect keys with a passphrase</translation>
    </message>
    <message>
        <source>Kunci privat stasiun ini akan disimpan terenkripsi. Frasa sandi ditanyakan setiap aplikasi dibuka. Tanpa frasa sandi stasiun ini tidak dapat menandatangani lagi: simpan di tempat aman.</source>
        <translation>This station&apos;s private keys will be stored encrypted. The passphrase is asked each time the app opens. Without it this station can no longer sign: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Lepas perlindungan kunci</source>
        <translation>Remove key protection</translation>
    </message>
    <message>
        <source>Kunci privat akan disimpan tanpa frasa sandi lagi.</source>
        <translation>The private keys will be stored without a passphrase again.</translation>
    </message>
    <message>
        <source>&amp;Frasa sandi baru (minimal {minimum} karakter)</source>
        <translation>&amp;New passphrase (at least {minimum} characters)</translation>
    </message>
    <message>
        <source>&amp;Ulangi</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>&amp;Lindungi</source>
        <translation>&amp;Protect</translation>
    </message>
    <message>
        <source>&amp;Frasa sandi saat ini</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <source>&amp;Lepas perlindungan</source>
        <translation>&amp;Remove protection</translation>
    </message>
    <message>
        <source>Frasa sandi minimal {minimum} karakter.</source>
        <translation>The passphrase needs at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Ikrar — Penandatanganan</source>
        <translation>Ikrar — Signing</translation>
    </message>
    <message>
        <source>Petugas: kembali ke layar petugas</source>
        <translation>Operator: back to the operator&apos;s screen</translation>
    </message>
    <message>
        <source>Silakan menunggu petugas.</source>
        <translation>Please wait for a staff member.</translation>
    </message>
    <message>
        <source>Akhiri mode kiosk</source>
        <translation>End kiosk mode</translation>
    </message>
    <message>
        <source>PIN penyelenggara:</source>
        <translation>Organizer PIN:</translation>
    </message>
    <message>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>PIN salah. Silakan menunggu petugas.</source>
        <translation>Wrong PIN. Please wait for a staff member.</translation>
    </message>
    <message>
        <source>Terima kasih. Tanda tangan Anda tersimpan.</source>
        <translation>Thank you. Your signature has been saved.</translation>
    </message>
    <message>
        <source>Dibatalkan. Silakan menghubungi petugas.</source>
        <translation>Canceled. Please contact a staff member.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>ASN (PNS)</source>
        <translation>Civil servant (PNS)</translation>
    </message>
    <message>
        <source>ASN (PPPK)</source>
        <translation>Civil servant (PPPK)</translation>
    </message>
    <message>
        <source>Kepala Desa/Lurah</source>
        <translation>Village head</translation>
    </message>
    <message>
        <source>Perangkat Desa</source>
        <translation>Village official</translation>
    </message>
    <message>
        <source>TNI</source>
        <translation>TNI</translation>
    </message>
    <message>
        <source>Polri</source>
        <translation>Polri</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General public</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Narasumber</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Panitia</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Semua peserta</source>
        <translation>All attendees</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Tidak dibaca</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NRP</source>
        <translation>NRP</translation>
    </message>
    <message>
        <source>NIP/NRP (campuran)</source>
        <translation>NIP/NRP (mixed)</translation>
    </message>
    <message>
        <source>Jabatan/Pangkat</source>
        <translation>Position/Rank</translation>
    </message>
    <message>
        <source>Instansi/Unit Kerja</source>
        <translation>Institution/Unit</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kode Peserta</source>
        <translation>Attendee code</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>klasik</source>
        <translation>classic</translation>
    </message>
    <message>
        <source>modern</source>
        <translation>modern</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Logo instansi</source>
        <translation>Agency logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas logo tidak dapat dibaca.</source>
        <translation>The logo file cannot be read.</translation>
    </message>
    <message>
        <source>Kop surat tidak tersimpan. Rincian ada di log.</source>
        <translation>The letterhead was not saved. Details are in the log.</translation>
    </message>
    <message>
        <source>Kop surat dan surat undangan</source>
        <translation>Letterhead and invitation letter</translation>
    </message>
    <message>
        <source>Kop surat (undangan dan daftar hadir)</source>
        <translation>Letterhead (invitations and attendance list)</translation>
    </message>
    <message>
        <source>&amp;Nama instansi</source>
        <translation>Agency &amp;name</translation>
    </message>
    <message>
        <source>satu baris per baris cetak, mis. BADAN PENGAWAS PEMILIHAN UMUM / KABUPATEN KUPANG (kosong: dari nama penyelenggara)</source>
        <translation>one line per printed line, e.g. BADAN PENGAWAS PEMILIHAN UMUM / KABUPATEN KUPANG (empty: from the organizer&apos;s name)</translation>
    </message>
    <message>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Telepon / e-mail / laman</source>
        <translation>&amp;Phone / e-mail / website</translation>
    </message>
    <message>
        <source>telepon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>laman</source>
        <translation>website</translation>
    </message>
    <message>
        <source>Surat undangan</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <source>N&amp;omor</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>kosong: titik-titik untuk diisi tangan</source>
        <translation>empty: dotted line to fill in by hand</translation>
    </message>
    <message>
        <source>&amp;Sifat</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Lampiran</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <source>&amp;Hal</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>mis. Undangan Sosialisasi dan Deklarasi Netralitas</source>
        <translation>e.g. Undangan Sosialisasi dan Deklarasi Netralitas</translation>
    </message>
    <message>
        <source>&amp;Tanggal surat</source>
        <translation>Letter &amp;date</translation>
    </message>
    <message>
        <source>belum &amp;bertanggal (diisi tangan)</source>
        <translation>&amp;undated (filled in by hand)</translation>
    </message>
    <message>
        <source>T&amp;embusan</source>
        <translation>Cop&amp;ies to</translation>
    </message>
    <message>
        <source>satu penerima per baris</source>
        <translation>one recipient per line</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>tersinkron</source>
        <translation>in sync</translation>
    </message>
    <message>
        <source>sedang sinkron</source>
        <translation>syncing</translation>
    </message>
    <message>
        <source>terdaftar di hub</source>
        <translation>enrolled at the hub</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Belum ada acara — buat dengan “Acara baru”</source>
        <translation>No events yet — create one with “New event”</translation>
    </message>
    <message>
        <source>Stasiun: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Sinkron: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>terakhir berhasil %1</source>
        <translation>last success %1</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bahasa baru dipakai setelah Ikrar dibuka ulang.</source>
        <translation>The new language is used after Ikrar is restarted.</translation>
    </message>
    <message>
        <source>Tentang Ikrar</source>
        <translation>About Ikrar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ikrar %1&lt;/h3&gt;&lt;p&gt;Meja registrasi acara sosialisasi dan deklarasi netralitas: daftar hadir, tanda tangan, sertifikat, dan sinkronisasi antar-meja tanpa internet.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;Huruf Noto Sans dan Noto Serif © Google, lisensi SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ikrar %1&lt;/h3&gt;&lt;p&gt;Registration desk for neutrality briefing and declaration events: attendance lists, signatures, certificates, and desk-to-desk sync without internet.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;Noto Sans and Noto Serif fonts © Google, SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ikrar</source>
        <translation>Ikrar</translation>
    </message>
    <message>
        <source>Folder tidak dapat dibuka otomatis. Lokasinya:
%1</source>
        <translation>The folder cannot be opened automatically. Its location:
%1</translation>
    </message>
    <message>
        <source>Navigasi halaman</source>
        <translation>Page navigation</translation>
    </message>
    <message>
        <source>Acara &amp;aktif:</source>
        <translation>&amp;Current event:</translation>
    </message>
    <message>
        <source>Acara aktif</source>
        <translation>Current event</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Acara ba&amp;ru</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <source>Buat acara baru di halaman Acara</source>
        <translation>Create a new event on the Event page</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Buka &amp;folder data</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tentang Ikrar</source>
        <translation>&amp;About Ikrar</translation>
    </message>
    <message>
        <source>Buka &amp;log</source>
        <translation>Open &amp;log</translation>
    </message>
</context>
<context>
    <name>NumberBlocksDialog</name>
    <message>
        <source>Nomor sertifikat acara ini mulai %1 dibagikan oleh hub: setiap stasiun mendapat bloknya saat sinkron, dan blok berikutnya saat hampir habis.</source>
        <translation>From %1 on, this event&apos;s certificate numbers are handed out by the hub: every station gets its block when it syncs, and its next one when it runs low.</translation>
    </message>
    <message>
        <source>Stasiun ini (%1) membuat acara ini dan membagi nomor sertifikat. Bagikan satu blok untuk setiap meja lain sebelum acara; meja itu memakai nomor bloknya, jadi tidak ada nomor ganda walau tanpa jaringan.</source>
        <translation>This station (%1) created the event and hands out certificate numbers. Give every other desk a block before the event; each desk uses the numbers of its block, so no number is printed twice even without a network.</translation>
    </message>
    <message>
        <source>Stasiun ini (%1) memakai blok yang dibagikan penyelenggara untuk namanya. Hanya stasiun yang membuat acara yang dapat membagi blok.</source>
        <translation>This station (%1) uses the blocks the organizer allocated to its name. Only the station that created the event can allocate blocks.</translation>
    </message>
    <message>
        <source> (stasiun ini)</source>
        <translation> (this station)</translation>
    </message>
    <message>
        <source>Blok tidak tersimpan. Rincian ada di log.</source>
        <translation>The block was not saved. Details are in the log.</translation>
    </message>
    <message>
        <source>Blok %1–%2 untuk %3 tersimpan.</source>
        <translation>Block %1–%2 for %3 saved.</translation>
    </message>
    <message>
        <source>Blok nomor sertifikat</source>
        <translation>Certificate number blocks</translation>
    </message>
    <message>
        <source>Blok nomor yang sudah dibagikan</source>
        <translation>Number blocks allocated</translation>
    </message>
    <message>
        <source>Stasiun</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Nomor urut</source>
        <translation>Sequence numbers</translation>
    </message>
    <message>
        <source>Terpakai di stasiun ini</source>
        <translation>Used on this station</translation>
    </message>
    <message>
        <source>&amp;Nama stasiun</source>
        <translation>Station &amp;name</translation>
    </message>
    <message>
        <source>seperti tertulis di Pengaturan stasiun itu, mis. Meja 2</source>
        <translation>as written in that station&apos;s Settings, e.g. Desk 2</translation>
    </message>
    <message>
        <source>&amp;Jumlah</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <source>&amp;Bagikan blok</source>
        <translation>&amp;Allocate block</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Registrasi</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Deklarasi</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>PhoneLinkPanel</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tanda tangan di ponsel</source>
        <translation>Signing on the phone</translation>
    </message>
    <message>
        <source>Kode QR sudah kedaluwarsa</source>
        <translation>The QR code has expired</translation>
    </message>
    <message>
        <source>Registrasikan ulang peserta untuk kode baru, atau pakai pad.</source>
        <translation>Check the attendee in again for a new code, or use the pad.</translation>
    </message>
    <message>
        <source>Tanda tangan di ponsel — %1</source>
        <translation>Sign on the phone — %1</translation>
    </message>
    <message>
        <source>Peserta memindai kode ini dengan kamera ponselnya, membaca naskah, lalu menandatangani di layar ponsel. Sekali pakai, berlaku sampai %1.</source>
        <translation>The attendee scans this code with their phone camera, reads the text and signs on the phone screen. Single use, valid until %1.</translation>
    </message>
    <message>
        <source>✓ Sudah ditandatangani di ponsel</source>
        <translation>✓ Signed on the phone</translation>
    </message>
    <message>
        <source>Tanda tangan dari ponsel sudah tersimpan dan tersinkron.</source>
        <translation>The signature from the phone is stored and synced.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Halaman ini gagal dimuat</source>
        <translation>This page failed to load</translation>
    </message>
    <message>
        <source>Halaman ini belum tersedia</source>
        <translation>This page is not available yet</translation>
    </message>
    <message>
        <source>Halaman “%1” tidak dapat dibuka; rincian kesalahannya tercatat di log.</source>
        <translation>The “%1” page cannot be opened; the error details are in the log.</translation>
    </message>
    <message>
        <source>Fitur “%1” akan hadir di versi berikutnya.</source>
        <translation>The “%1” feature comes in a later version.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>nama penanda tangan (dengan gelar)</source>
        <translation>signer&apos;s name (with titles)</translation>
    </message>
    <message>
        <source>NIP (ASN)</source>
        <translation>NIP (civil servants)</translation>
    </message>
    <message>
        <source>NRP (TNI/Polri)</source>
        <translation>NRP (TNI/Polri)</translation>
    </message>
    <message>
        <source>jabatan atau pangkat</source>
        <translation>position or rank</translation>
    </message>
    <message>
        <source>instansi, satuan, atau desa</source>
        <translation>institution, unit or village</translation>
    </message>
    <message>
        <source>judul acara</source>
        <translation>event title</translation>
    </message>
    <message>
        <source>kota tempat acara</source>
        <translation>city of the event</translation>
    </message>
    <message>
        <source>tanggal penandatanganan</source>
        <translation>signing date</translation>
    </message>
    <message>
        <source>wilayah penyelenggara (mis. Kabupaten Kupang)</source>
        <translation>organiser&apos;s region (e.g. Kabupaten Kupang)</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>% hadir</source>
        <translation>% present</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Sertifikat dicetak</source>
        <translation>Certificates printed</translation>
    </message>
    <message>
        <source>Pilih acara lebih dulu.</source>
        <translation>Select an event first.</translation>
    </message>
    <message>
        <source>Diundang (%1 datang langsung)</source>
        <translation>Invited (%1 walk-in)</translation>
    </message>
    <message>
        <source>Hadir · %1%</source>
        <translation>Present · %1%</translation>
    </message>
    <message>
        <source>Sertifikat dicetak (%1 diterbitkan)</source>
        <translation>Certificates printed (%1 issued)</translation>
    </message>
    <message>
        <source>Registrasi terakhir %1</source>
        <translation>Last check-in %1</translation>
    </message>
    <message>
        <source>Belum ada registrasi.</source>
        <translation>No check-ins yet.</translation>
    </message>
    <message>
        <source>Simpan rekap</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Rekap disimpan: %1</source>
        <translation>Summary saved: %1</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Ekspor rekap ke Excel…</source>
        <translation>&amp;Export summary to Excel…</translation>
    </message>
    <message>
        <source>Per kategori</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Per instansi</source>
        <translation>By institution</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Judul acara wajib diisi.</source>
        <translation>The event title is required.</translation>
    </message>
    <message>
        <source>Nama penyelenggara wajib diisi.</source>
        <translation>The organizer name is required.</translation>
    </message>
    <message>
        <source>Zona waktu harus WIB, WITA, atau WIT.</source>
        <translation>The time zone must be WIB, WITA or WIT.</translation>
    </message>
    <message>
        <source>Waktu selesai harus setelah waktu mulai.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Tingkat penyelenggara tidak dikenal.</source>
        <translation>Unknown organizer level.</translation>
    </message>
    <message>
        <source>Acara dengan kode &apos;{code}&apos; tidak ditemukan.</source>
        <translation>No event with code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Nama dan jabatan pejabat penandatangan wajib diisi.</source>
        <translation>Each signing official needs a name and a position.</translation>
    </message>
    <message>
        <source>Dokumen yang ditandatangani tidak dikenal: {documents}.</source>
        <translation>Unknown documents to sign: {documents}.</translation>
    </message>
    <message>
        <source>NIP {name}: {problem}</source>
        <translation>NIP of {name}: {problem}</translation>
    </message>
    <message>
        <source>Sertifikat memuat paling banyak {limit} pejabat penanda tangan; {ticked} dicentang. Hapus centang Sertifikat pada sebagian pejabat.</source>
        <translation>A certificate holds at most {limit} signing officials; {ticked} are ticked. Untick Certificate for some of them.</translation>
    </message>
    <message>
        <source>Folder data &apos;{folder}&apos; tidak dapat dibuat atau ditulisi ({reason}). Pilih folder lain dengan --home atau IKRAR_HOME.</source>
        <translation>The data folder &apos;{folder}&apos; cannot be created or written ({reason}). Choose another folder with --home or IKRAR_HOME.</translation>
    </message>
    <message>
        <source>Basis data versi {found} dibuat oleh Ikrar yang lebih baru (versi ini mengenal sampai {known}). Perbarui aplikasi.</source>
        <translation>Database version {found} was made by a newer Ikrar (this version knows up to {known}). Update the application.</translation>
    </message>
    <message>
        <source>Basis data &apos;{path}&apos; tidak dapat dibuka ({reason}). Periksa ruang disk dan izin folder; cadangan ada di folder backups.</source>
        <translation>The database &apos;{path}&apos; cannot be opened ({reason}). Check the free disk space and folder permissions; backups are in the backups folder.</translation>
    </message>
    <message>
        <source>Templat &apos;{template}&apos; tidak ada. Pilihan: {choices}</source>
        <translation>There is no template &apos;{template}&apos;. Choices: {choices}</translation>
    </message>
    <message>
        <source>Belum ada peserta yang berhak menerima sertifikat (hadir dan bertanda tangan).</source>
        <translation>No attendee is entitled to a certificate yet (present and signed).</translation>
    </message>
    <message>
        <source>Belum ada peserta yang berhak menerima sertifikat (hadir).</source>
        <translation>No attendee is entitled to a certificate yet (present).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; bukan folder; --per-attendee menulis satu PDF per peserta.</source>
        <translation>&apos;{path}&apos; is not a folder; --per-attendee writes one PDF per attendee.</translation>
    </message>
    <message>
        <source>Tidak ada kode QR yang terbaca di &apos;{file}&apos;.</source>
        <translation>No QR code could be read in &apos;{file}&apos;.</translation>
    </message>
    <message>
        <source>Alamat hub belum diketahui: beri --url (mis. https://192.168.1.10:8765).</source>
        <translation>The hub address is not known: give --url (e.g. https://192.168.1.10:8765).</translation>
    </message>
    <message>
        <source>Berkas &apos;{path}&apos; tidak dapat dibaca ({reason}).</source>
        <translation>The file &apos;{path}&apos; cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Kunci privat sudah dilindungi frasa sandi (ikrar keys unprotect untuk melepas).</source>
        <translation>The private keys are already protected by a passphrase (ikrar keys unprotect removes it).</translation>
    </message>
    <message>
        <source>Antarmuka grafis tidak dapat dimuat: {reason}</source>
        <translation>The graphical interface cannot be loaded: {reason}</translation>
    </message>
    <message>
        <source>Format xlsx/csv hanya untuk daftar hadir (--what attendance).</source>
        <translation>The xlsx/csv formats are only for the attendance list (--what attendance).</translation>
    </message>
    <message>
        <source>--attendee hanya untuk surat pernyataan (--what statements).</source>
        <translation>--attendee is only for signed statements (--what statements).</translation>
    </message>
    <message>
        <source>--with-nik hanya untuk daftar hadir xlsx/csv (--format).</source>
        <translation>--with-nik is for the xlsx/csv attendance list only (--format).</translation>
    </message>
    <message>
        <source>NIK peserta {code} tidak dibuka ({reason}); kolomnya dikosongkan.</source>
        <translation>The NIK of attendee {code} was not opened ({reason}); its cell is left empty.</translation>
    </message>
    <message>
        <source>NIK {count} peserta belum terenkripsi untuk penyelenggara (stasiunnya belum sinkron sejak kuncinya dikenal); kolomnya dikosongkan.</source>
        <translation>The NIK of {count} attendees is not sealed to the organizer yet (their station has not synced since it learned the key); their cells are left empty.</translation>
    </message>
    <message>
        <source>Kepala rantai &apos;{head}&apos; tidak dikenali (bentuknya IKRAR-HEAD:STASIUN:JUMLAH:HASH).</source>
        <translation>Chain head &apos;{head}&apos; not recognised (the form is IKRAR-HEAD:STATION:COUNT:HASH).</translation>
    </message>
    <message>
        <source>Peserta dengan kode &apos;{code}&apos; tidak ada pada acara ini.</source>
        <translation>There is no attendee with code &apos;{code}&apos; in this event.</translation>
    </message>
    <message>
        <source>Berkas &apos;{path}&apos; tidak dapat ditulis (mungkin sedang dibuka di aplikasi lain).</source>
        <translation>The file &apos;{path}&apos; cannot be written (it may be open in another application).</translation>
    </message>
    <message>
        <source>Berkas &apos;{path}&apos; tidak dapat ditulis: {reason}.</source>
        <translation>The file &apos;{path}&apos; cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Kedua PIN baru tidak sama.</source>
        <translation>The two new PINs do not match.</translation>
    </message>
    <message>
        <source>Folder data &apos;{folder}&apos; tidak dapat dibuat ({reason}).</source>
        <translation>The data folder &apos;{folder}&apos; cannot be created ({reason}).</translation>
    </message>
    <message>
        <source>Basis data hub tidak dapat dibuka ({error}: {reason}).</source>
        <translation>The hub database cannot be opened ({error}: {reason}).</translation>
    </message>
    <message>
        <source>Jumlah pekerja hub harus antara 1 dan 64.</source>
        <translation>The number of hub workers must be between 1 and 64.</translation>
    </message>
    <message>
        <source>Beberapa pekerja hub memerlukan PostgreSQL (--database postgresql://…); SQLite hanya menerima satu penulis.</source>
        <translation>Several hub workers need PostgreSQL (--database postgresql://…); SQLite takes only one writer.</translation>
    </message>
    <message>
        <source>Hub tidak dapat mendengarkan di {host}:{port} ({reason}).</source>
        <translation>The hub cannot listen on {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Kunci hub dilindungi: beberapa pekerja memerlukan --passphrase-file BERKAS.</source>
        <translation>The hub&apos;s keys are protected: several workers need --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Masa berlaku kode harus antara 1 menit dan 24 jam.</source>
        <translation>The code must be valid for between 1 minute and 24 hours.</translation>
    </message>
    <message>
        <source>Perintah ini untuk hub PostgreSQL (--database postgresql://…). Hub SQLite yang dipulihkan: lihat docs/hub.md.</source>
        <translation>This command is for a PostgreSQL hub (--database postgresql://…). For a restored SQLite hub see docs/hub.md.</translation>
    </message>
    <message>
        <source>Stasiun &apos;{station}&apos; tidak ditemukan (atau namanya ganda; pakai id dari &apos;ikrar hub stations&apos;).</source>
        <translation>Station &apos;{station}&apos; not found (or its name is not unique; use the id from &apos;ikrar hub stations&apos;).</translation>
    </message>
    <message>
        <source>Kode pemasangan wajib diisi: ikrar enroll ALAMAT KODE</source>
        <translation>A pairing code is required: ikrar enroll ADDRESS CODE</translation>
    </message>
    <message>
        <source>Berkas kata sandi &apos;{path}&apos; tidak dapat dibaca ({reason}).</source>
        <translation>Password file &apos;{path}&apos; cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan ke &apos;{path}&apos; ({reason}). Tutup file itu bila sedang dibuka di Excel.</source>
        <translation>The report cannot be saved to &apos;{path}&apos; ({reason}). Close the file if it is open in Excel.</translation>
    </message>
    <message>
        <source>Bentuk undangan harus &apos;badge&apos; atau &apos;letter&apos;.</source>
        <translation>The invitation layout must be &apos;badge&apos; or &apos;letter&apos;.</translation>
    </message>
    <message>
        <source>Belum ada peserta untuk dibuatkan undangan.</source>
        <translation>There are no attendees to make invitations for yet.</translation>
    </message>
    <message>
        <source>Rekap tidak dapat disimpan ke &apos;{path}&apos; ({reason}).</source>
        <translation>The recap cannot be saved to &apos;{path}&apos; ({reason}).</translation>
    </message>
    <message>
        <source>{name} belum hadir dan menandatangani pernyataan; sertifikat belum dapat dibuat.</source>
        <translation>{name} has not checked in and signed the statement yet; the certificate cannot be made yet.</translation>
    </message>
    <message>
        <source>{name} belum hadir; sertifikat belum dapat dibuat.</source>
        <translation>{name} has not checked in yet; the certificate cannot be made yet.</translation>
    </message>
    <message>
        <source>Sertifikat bernomor &apos;{number}&apos; tidak ditemukan.</source>
        <translation>No certificate numbered &apos;{number}&apos;.</translation>
    </message>
    <message>
        <source>Nomor &apos;{number}&apos; dipakai sertifikat beberapa acara; sebutkan kode acaranya (--event KODE).</source>
        <translation>Number &apos;{number}&apos; is used by certificates of several events; name the event code (--event CODE).</translation>
    </message>
    <message>
        <source>Alasan pencabutan wajib diisi.</source>
        <translation>A reason for the revocation is required.</translation>
    </message>
    <message>
        <source>Sertifikat {number} sudah dicabut sebelumnya.</source>
        <translation>Certificate {number} was already revoked.</translation>
    </message>
    <message>
        <source>Sertifikat {number} masih berlaku; cabut dulu sebelum diganti.</source>
        <translation>Certificate {number} is still valid; revoke it before replacing it.</translation>
    </message>
    <message>
        <source>{name} tidak lagi memenuhi syarat sertifikat.</source>
        <translation>{name} is no longer entitled to a certificate.</translation>
    </message>
    <message>
        <source>{reason} (dicabut {when}).</source>
        <translation>{reason} (revoked {when}).</translation>
    </message>
    <message>
        <source>Jumlah salinan minimal 1.</source>
        <translation>At least 1 copy.</translation>
    </message>
    <message>
        <source>Format nomor sertifikat &apos;{format}&apos; tidak valid. Gunakan {placeholders}.</source>
        <translation>The certificate number format &apos;{format}&apos; is not valid. Use {placeholders}.</translation>
    </message>
    <message>
        <source>Nomor sertifikat hasil format kosong atau lebih dari {limit} karakter.</source>
        <translation>The formatted certificate number is empty or longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Berkas &apos;{path}&apos; tidak ditemukan.</source>
        <translation>The file &apos;{path}&apos; does not exist.</translation>
    </message>
    <message>
        <source>PDF &apos;{file}&apos; tidak dapat dibaca ({reason}).</source>
        <translation>The PDF &apos;{file}&apos; cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Gambar &apos;{file}&apos; tidak dapat dibaca ({reason}).</source>
        <translation>The image &apos;{file}&apos; cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Berkas harus PDF atau gambar (PNG/JPEG).</source>
        <translation>The file must be a PDF or an image (PNG/JPEG).</translation>
    </message>
    <message>
        <source>Belum ada kunci penanda tangan untuk &apos;{organizer}&apos; di stasiun ini.</source>
        <translation>There is no signing key for &apos;{organizer}&apos; on this station yet.</translation>
    </message>
    <message>
        <source>Berkas kunci JSON tidak valid ({reason}).</source>
        <translation>Invalid JSON key file ({reason}).</translation>
    </message>
    <message>
        <source>Berkas bukan ekspor kunci Ikrar (JSON) atau kunci publik PEM.</source>
        <translation>The file is neither an Ikrar key export (JSON) nor a PEM public key.</translation>
    </message>
    <message>
        <source>Kunci publik PEM tidak dapat dibaca ({reason}).</source>
        <translation>The PEM public key cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Hanya kunci Ed25519 yang didukung.</source>
        <translation>Only Ed25519 keys are supported.</translation>
    </message>
    <message>
        <source>Tidak ada kunci di berkas ini.</source>
        <translation>There are no keys in this file.</translation>
    </message>
    <message>
        <source>Kunci publik Ed25519 harus 32 byte.</source>
        <translation>An Ed25519 public key must be 32 bytes.</translation>
    </message>
    <message>
        <source>berisi karakter di luar Base32</source>
        <translation>contains characters outside Base32</translation>
    </message>
    <message>
        <source>bukan Base32 yang sah</source>
        <translation>is not valid Base32</translation>
    </message>
    <message>
        <source>bukan Base32 kanonik</source>
        <translation>is not canonical Base32</translation>
    </message>
    <message>
        <source>terlalu pendek</source>
        <translation>is too short</translation>
    </message>
    <message>
        <source>versi token {version} tidak dikenal</source>
        <translation>has unknown token version {version}</translation>
    </message>
    <message>
        <source>isi terpotong</source>
        <translation>content is cut off</translation>
    </message>
    <message>
        <source>isi tidak dapat dibaca</source>
        <translation>content cannot be read</translation>
    </message>
    <message>
        <source>panjang isi tidak cocok</source>
        <translation>content length does not match</translation>
    </message>
    <message>
        <source>Kode tidak sah: token {reason}.</source>
        <translation>Invalid code: the token {reason}.</translation>
    </message>
    <message>
        <source>Kunci penanda tangan {key_id} tidak dipercaya: stasiun sudah dicabut penyelenggara pada {when} ({reason}).</source>
        <translation>Signing key {key_id} is not trusted: the organizer revoked its station on {when} ({reason}).</translation>
    </message>
    <message>
        <source>Kunci penanda tangan {key_id} milik stasiun yang aksesnya sudah dicabut penyelenggara: sertifikat tidak dipercaya.</source>
        <translation>Signing key {key_id} belongs to a station whose access the organizer revoked: the certificate is not trusted.</translation>
    </message>
    <message>
        <source>Kunci penanda tangan {key_id} tidak disertifikasi oleh kunci induk penyelenggara yang dipercaya: sertifikat tidak dipercaya.</source>
        <translation>Signing key {key_id} is not certified by a trusted organizer root key: the certificate is not trusted.</translation>
    </message>
    <message>
        <source>Kunci penanda tangan {key_id} tidak dikenal: sertifikat bukan dari penyelenggara yang dipercaya (impor kuncinya dengan &apos;ikrar keys import&apos;).</source>
        <translation>Signing key {key_id} is unknown: the certificate is not from a trusted organizer (import its key with &apos;ikrar keys import&apos;).</translation>
    </message>
    <message>
        <source>Tanda tangan digital TIDAK sah: isi kode telah diubah atau dipalsukan.</source>
        <translation>The digital signature is NOT valid: the code&apos;s content was changed or forged.</translation>
    </message>
    <message>
        <source>Sertifikat {number} telah DICABUT: {reason}</source>
        <translation>Certificate {number} has been REVOKED: {reason}</translation>
    </message>
    <message>
        <source>Sertifikat {number} telah DICABUT.</source>
        <translation>Certificate {number} has been REVOKED.</translation>
    </message>
    <message>
        <source>Tanda tangan sah; daftar pencabutan per {as_of}</source>
        <translation>Signature valid; revocation list as of {as_of}</translation>
    </message>
    <message>
        <source>Bahasa tidak dikenal: {language}.</source>
        <translation>Unknown language: {language}.</translation>
    </message>
    <message>
        <source>Nama operator paling banyak 100 karakter.</source>
        <translation>The operator name can be at most 100 characters.</translation>
    </message>
    <message>
        <source>Nama operator wajib diisi.</source>
        <translation>The operator&apos;s name is required.</translation>
    </message>
    <message>
        <source>Nama stasiun wajib diisi (misalnya &apos;Meja 1&apos;).</source>
        <translation>The station name is required (for example &apos;Meja 1&apos;).</translation>
    </message>
    <message>
        <source>Nama stasiun paling banyak 100 karakter.</source>
        <translation>The station name can be at most 100 characters.</translation>
    </message>
    <message>
        <source>Jumlah peserta tidak boleh negatif.</source>
        <translation>The number of attendees cannot be negative.</translation>
    </message>
    <message>
        <source>Perbaiki di Excel: blok kolom {label}, klik kanan → Format Cells → Text, lalu ketik ulang {label} lengkap (atau awali dengan tanda petik &apos;, misalnya &apos;{example}), simpan, dan impor lagi.</source>
        <translation>Fix it in Excel: select the {label} column, right-click → Format Cells → Text, then type the full {label} again (or start it with an apostrophe &apos;, for example &apos;{example}), save, and import again.</translation>
    </message>
    <message>
        <source>{label} tersimpan sebagai angka di Excel, sehingga digit terakhirnya hilang (terbaca {digits}). {fix}</source>
        <translation>{label} was stored as a number in Excel, so its last digits are lost (read as {digits}). {fix}</translation>
    </message>
    <message>
        <source>{label} tersimpan sebagai angka di Excel dan terlalu pendek (terbaca {digits}); angka 0 di depan atau digit lain mungkin hilang. {fix}</source>
        <translation>{label} was stored as a number in Excel and is too short (read as {digits}); a leading 0 or other digits may be lost. {fix}</translation>
    </message>
    <message>
        <source>NIK {digits} berakhiran 0000: digit terakhirnya kemungkinan hilang karena Excel membulatkan angka panjang. {fix}</source>
        <translation>NIK {digits} ends in 0000: its last digits were probably lost because Excel rounds long numbers. {fix}</translation>
    </message>
    <message>
        <source>Berisi karakter kendali ({codes}) yang tidak boleh ada dalam data. Hapus karakter itu dari sel, lalu impor lagi.</source>
        <translation>Contains control characters ({codes}) that data must not hold. Remove them from the cell, then import again.</translation>
    </message>
    <message>
        <source>Karakter tak terlihat (spasi lebar-nol atau pembalik arah teks) dihapus.</source>
        <translation>Invisible characters (zero-width spaces or text direction overrides) were removed.</translation>
    </message>
    <message>
        <source>Nama kosong.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>Nama terlalu panjang (lebih dari {max} huruf).</source>
        <translation>The name is too long (more than {max} letters).</translation>
    </message>
    <message>
        <source>Nama &apos;{name}&apos; tidak berisi huruf.</source>
        <translation>The name &apos;{name}&apos; contains no letters.</translation>
    </message>
    <message>
        <source>Kategori &apos;{category}&apos; tidak dikenal; ditentukan otomatis.</source>
        <translation>Unknown category &apos;{category}&apos;; it will be determined automatically.</translation>
    </message>
    <message>
        <source>Peran &apos;{role}&apos; tidak dikenal; dianggap Peserta.</source>
        <translation>Unknown role &apos;{role}&apos;; treated as Attendee.</translation>
    </message>
    <message>
        <source>Kategori ASN tetapi NIP kosong.</source>
        <translation>Category ASN but the NIP is empty.</translation>
    </message>
    <message>
        <source>Kategori TNI/Polri tetapi NRP kosong.</source>
        <translation>Category TNI/Polri but the NRP is empty.</translation>
    </message>
    <message>
        <source>{label} belum diisi.</source>
        <translation>{label} is empty.</translation>
    </message>
    <message>
        <source>{label} harus berupa teks berisi angka (diterima: {type}).</source>
        <translation>{label} must be text made of digits (received: {type}).</translation>
    </message>
    <message>
        <source>Jenis identitas “{kind}” tidak dikenal; gunakan NIP, NI PPPK, NIK, atau NRP.</source>
        <translation>Unknown identity type “{kind}”; use NIP, NI PPPK, NIK or NRP.</translation>
    </message>
    <message>
        <source>{label} terbaca sebagai {shown} — Excel telah mengubahnya menjadi angka ilmiah dan digit terakhir hilang. Ubah format kolom menjadi Teks (Format Cells → Text) atau awali dengan tanda petik (&apos;), ketik ulang {label}, lalu impor lagi.</source>
        <translation>{label} reads as {shown} — Excel turned it into scientific notation and the last digits are lost. Format the column as Text (Format Cells → Text) or start it with an apostrophe (&apos;), type {label} again, then import again.</translation>
    </message>
    <message>
        <source>{label} terbaca sebagai angka {shown} — Excel hanya menyimpan 15 digit pertama sebuah angka, sehingga digit terakhir berubah menjadi 0 dan {label} aslinya hilang. Ubah format kolom menjadi Teks (Format Cells → Text) atau awali dengan tanda petik (&apos;), ketik ulang {label}, lalu impor lagi.</source>
        <translation>{label} reads as the number {shown} — Excel keeps only the first 15 digits of a number, so the last digits became 0 and the original {label} is lost. Format the column as Text (Format Cells → Text) or start it with an apostrophe (&apos;), type {label} again, then import again.</translation>
    </message>
    <message>
        <source>{label} terbaca sebagai {shown} — nilai ini pernah disimpan sebagai angka di Excel, sehingga digitnya tidak dapat dipercaya. Ubah format kolom menjadi Teks (Format Cells → Text) atau awali dengan tanda petik (&apos;), ketik ulang {label}, lalu impor lagi.</source>
        <translation>{label} reads as {shown} — this value was once stored as a number in Excel, so its digits cannot be trusted. Format the column as Text (Format Cells → Text) or start it with an apostrophe (&apos;), type {label} again, then import again.</translation>
    </message>
    <message>
        <source>{label} terbaca sebagai angka {shown}, bukan nomor identitas. Ubah format kolom menjadi Teks (Format Cells → Text) atau awali dengan tanda petik (&apos;), ketik ulang {label}, lalu impor lagi.</source>
        <translation>{label} reads as the number {shown}, not an identity number. Format the column as Text (Format Cells → Text) or start it with an apostrophe (&apos;), type {label} again, then import again.</translation>
    </message>
    <message>
        <source>{label} hanya boleh berisi angka (ditemukan: {found}).</source>
        <translation>{label} may only contain digits (found: {found}).</translation>
    </message>
    <message>
        <source>{label} harus 18 digit angka (tertulis {length} digit).</source>
        <translation>{label} must be 18 digits ({length} digits written).</translation>
    </message>
    <message>
        <source>Tanggal lahir pada {label} tidak valid ({birth}).</source>
        <translation>The date of birth in the {label} is not valid ({birth}).</translation>
    </message>
    <message>
        <source>Tahun lahir pada {label} ({year}) di luar rentang yang wajar ({min_year}–{max_year}).</source>
        <translation>The year of birth in the {label} ({year}) is outside the plausible range ({min_year}–{max_year}).</translation>
    </message>
    <message>
        <source>TMT pada {label} ({appointment}) terlalu awal untuk tanggal lahir {birth}: pengangkatan paling cepat tahun {min_year}.</source>
        <translation>The appointment date (TMT) in the {label} ({appointment}) is too early for the date of birth {birth}: appointment is possible from {min_year} at the earliest.</translation>
    </message>
    <message>
        <source>TMT pada {label} ({appointment}) terlalu jauh di masa depan (paling lambat tahun {max_year}).</source>
        <translation>The appointment date (TMT) in the {label} ({appointment}) is too far in the future (at the latest {max_year}).</translation>
    </message>
    <message>
        <source>Digit jenis kelamin pada {label} harus 1 (pria) atau 2 (wanita); digit ke-15 tertulis {digit}.</source>
        <translation>The gender digit in the {label} must be 1 (male) or 2 (female); digit 15 is {digit}.</translation>
    </message>
    <message>
        <source>Nomor urut pada {label} (3 digit terakhir) tidak boleh 000. Jika data berasal dari Excel, digit terakhir kemungkinan hilang karena kolom berformat angka. Ubah format kolom menjadi Teks (Format Cells → Text) atau awali dengan tanda petik (&apos;), ketik ulang {label}, lalu impor lagi.</source>
        <translation>The sequence number in the {label} (last 3 digits) cannot be 000. If the data comes from Excel, the last digits were probably lost because the column is formatted as a number. Format the column as Text (Format Cells → Text) or start it with an apostrophe (&apos;), type {label} again, then import again.</translation>
    </message>
    <message>
        <source>Digit ke-13–14 {label} ({code}) bukan bulan, sehingga nomor ini dibaca sebagai NI PPPK, tetapi tahun pengangkatannya ({year}) sebelum PPPK pertama ({min_year}). Periksa kembali TMT pada {label}.</source>
        <translation>Digits 13–14 of the {label} ({code}) are not a month, so this number reads as an NI PPPK, but its year of appointment ({year}) is before the first PPPK ({min_year}). Check the TMT in the {label} again.</translation>
    </message>
    <message>
        <source>Nomor ini berbentuk NIP PNS (TMT {appointment}), bukan NI PPPK: digit ke-13–14 ({code}) adalah bulan. Pilih jenis identitas NIP.</source>
        <translation>This number has the shape of a civil servant&apos;s NIP (TMT {appointment}), not an NI PPPK: digits 13–14 ({code}) are a month. Choose the identity type NIP.</translation>
    </message>
    <message>
        <source>{label} harus 16 digit angka (tertulis {length} digit).</source>
        <translation>{label} must be 16 digits ({length} digits written).</translation>
    </message>
    <message>
        <source>Kode provinsi pada {label} ({province_code}) tidak dikenal; dua digit pertama NIK adalah kode provinsi, misalnya 31 (DKI Jakarta) atau 53 (Nusa Tenggara Timur).</source>
        <translation>The province code in the {label} ({province_code}) is unknown; the first two digits of a NIK are the province code, for example 31 (DKI Jakarta) or 53 (Nusa Tenggara Timur).</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota pada {label} (digit ke-3–4) tidak boleh 00.</source>
        <translation>The regency/city code in the {label} (digits 3–4) cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kecamatan pada {label} (digit ke-5–6) tidak boleh 00.</source>
        <translation>The district code in the {label} (digits 5–6) cannot be 00.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada {label} tidak valid ({birth}); formatnya DDMMYY, dan untuk perempuan tanggal ditambah 40 (misalnya 14 menjadi 54).</source>
        <translation>The date of birth in the {label} is not valid ({birth}); the format is DDMMYY, and for women 40 is added to the day (for example 14 becomes 54).</translation>
    </message>
    <message>
        <source>Nomor urut pada {label} (4 digit terakhir) tidak boleh 0000.</source>
        <translation>The sequence number in the {label} (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>{label} harus 5 sampai 14 digit angka (tertulis {length} digit).</source>
        <translation>{label} must be 5 to 14 digits ({length} digits written).</translation>
    </message>
    <message>
        <source>Baris judul kolom tidak ditemukan. Pastikan ada kolom berjudul &apos;Nama&apos; (misalnya Nama, NIP, Jabatan, Instansi) di 30 baris pertama.</source>
        <translation>No column header row found. Make sure there is a column titled &apos;Nama&apos; (for example Nama, NIP, Jabatan, Instansi) in the first 30 rows.</translation>
    </message>
    <message>
        <source>Kolom Nama belum dipilih. Tentukan kolom yang berisi nama peserta.</source>
        <translation>The Name column is not chosen yet. Choose the column that holds the attendees&apos; names.</translation>
    </message>
    <message>
        <source>Tidak ada baris data di bawah judul kolom; tidak ada yang diimpor.</source>
        <translation>There are no data rows below the column headers; nothing was imported.</translation>
    </message>
    <message>
        <source>Kode {code} milik acara lain: {title} ({event}).</source>
        <translation>Code {code} belongs to another event: {title} ({event}).</translation>
    </message>
    <message>
        <source>Kode {code} tidak dikenal.</source>
        <translation>Unknown code {code}.</translation>
    </message>
    <message>
        <source>{name} terdaftar di acara lain; tidak dapat dicatat hadir di acara ini.</source>
        <translation>{name} is registered for another event and cannot be checked in to this one.</translation>
    </message>
    <message>
        <source>{name} sudah dihapus dari daftar peserta.</source>
        <translation>{name} has been removed from the attendee list.</translation>
    </message>
    <message>
        <source>Cara registrasi &apos;{method}&apos; tidak dikenal.</source>
        <translation>Unknown check-in method &apos;{method}&apos;.</translation>
    </message>
    <message>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation>A reason for the cancellation is required.</translation>
    </message>
    <message>
        <source>Registrasi ini sudah dibatalkan sebelumnya.</source>
        <translation>This check-in was already cancelled.</translation>
    </message>
    <message>
        <source>Registrasi tidak ditemukan.</source>
        <translation>Check-in not found.</translation>
    </message>
    <message>
        <source>File &apos;{path}&apos; tidak ditemukan.</source>
        <translation>The file &apos;{path}&apos; does not exist.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; tidak dapat dibuka ({reason}).</source>
        <translation>The file &apos;{file}&apos; cannot be opened ({reason}).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; terkunci kata sandi atau rusak. Buka di Excel, hapus kata sandinya (File → Info → Lindungi Buku Kerja → Enkripsi dengan Kata Sandi, kosongkan) dan simpan sebagai &apos;Buku Kerja Excel (.xlsx)&apos;, lalu impor lagi.</source>
        <translation>The file &apos;{file}&apos; is password-protected or damaged. Open it in Excel, remove its password (File → Info → Protect Workbook → Encrypt with Password, leave it empty) and save it as &apos;Excel Workbook (.xlsx)&apos;, then import again.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; bukan buku kerja Excel yang dapat dibaca (rusak atau formatnya lain). Simpan ulang dari Excel sebagai .xlsx atau CSV.</source>
        <translation>The file &apos;{file}&apos; is not a readable Excel workbook (damaged or another format). Save it again from Excel as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; rusak atau bukan buku kerja Excel (.xlsx). Buka dan simpan ulang di Excel, lalu impor lagi.</source>
        <translation>The file &apos;{file}&apos; is damaged or not an Excel workbook (.xlsx). Open it and save it again in Excel, then import again.</translation>
    </message>
    <message>
        <source>Buku kerja &apos;{file}&apos; tidak berisi lembar.</source>
        <translation>The workbook &apos;{file}&apos; has no sheets.</translation>
    </message>
    <message>
        <source>Lembar &apos;{sheet}&apos; tidak ada. Lembar yang tersedia: {sheets}.</source>
        <translation>There is no sheet &apos;{sheet}&apos;. Available sheets: {sheets}.</translation>
    </message>
    <message>
        <source>Isi file &apos;{file}&apos; tidak dapat dibaca ({error}). Simpan ulang dari Excel sebagai .xlsx atau CSV.</source>
        <translation>The content of the file &apos;{file}&apos; cannot be read ({error}). Save it again from Excel as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; kosong.</source>
        <translation>The file &apos;{file}&apos; is empty.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; bukan lembar kerja (.xlsx) atau CSV. Pilih file daftar undangan dari Excel.</source>
        <translation>The file &apos;{file}&apos; is not a spreadsheet (.xlsx) or CSV. Choose the invitation list file from Excel.</translation>
    </message>
    <message>
        <source>File CSV &apos;{file}&apos; tidak dapat dibaca: {reason}.</source>
        <translation>The CSV file &apos;{file}&apos; cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{kind} {value} sudah terdaftar atas nama {name} (kode {code}). Cari nama itu untuk mencatat kehadirannya.</source>
        <translation>{kind} {value} is already registered to {name} (code {code}). Search for that name to check them in.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>Kategori &apos;{category}&apos; tidak dikenal.</source>
        <translation>Unknown category &apos;{category}&apos;.</translation>
    </message>
    <message>
        <source>Peran &apos;{role}&apos; tidak dikenal.</source>
        <translation>Unknown role &apos;{role}&apos;.</translation>
    </message>
    <message>
        <source>Nama dan instansi sama dengan {name} (kode {code}); periksa apakah orang yang sama.</source>
        <translation>Same name and institution as {name} (code {code}); check whether this is the same person.</translation>
    </message>
    <message>
        <source>Naskah &apos;{key}&apos; belum ada untuk acara ini.</source>
        <translation>The text &apos;{key}&apos; does not exist for this event yet.</translation>
    </message>
    <message>
        <source>Naskah mengandung kurung kurawal yang tidak berpasangan. Gunakan {{nama}}, {{jabatan}}, dan seterusnya.</source>
        <translation>The text has unbalanced curly braces. Use {{nama}}, {{jabatan}} and so on.</translation>
    </message>
    <message>
        <source>Isian tidak dikenal: {unknown}. Yang tersedia: {allowed}.</source>
        <translation>Unknown placeholders: {unknown}. Available: {allowed}.</translation>
    </message>
    <message>
        <source>Judul naskah wajib diisi.</source>
        <translation>The text title is required.</translation>
    </message>
    <message>
        <source>Isi naskah terlalu pendek.</source>
        <translation>The text is too short.</translation>
    </message>
    <message>
        <source>Pejabat penandatangan tidak ditemukan.</source>
        <translation>Signing official not found.</translation>
    </message>
    <message>
        <source>PIN penyelenggara saat ini salah.</source>
        <translation>The current organizer PIN is wrong.</translation>
    </message>
    <message>
        <source>PIN penyelenggara minimal {min} karakter tanpa spasi.</source>
        <translation>The organizer PIN needs at least {min} characters without spaces.</translation>
    </message>
    <message>
        <source>PIN penyelenggara belum diatur; data goresan tanda tangan tidak dapat dibuka.</source>
        <translation>No organizer PIN has been set; signature stroke data cannot be opened.</translation>
    </message>
    <message>
        <source>PIN penyelenggara salah; data goresan hanya untuk penyelenggara.</source>
        <translation>Wrong organizer PIN; stroke data is for the organizer only.</translation>
    </message>
    <message>
        <source>Gambar tanda tangan tidak valid (harus PNG, paling besar 2 MB).</source>
        <translation>Invalid signature image (must be a PNG of at most 2 MB).</translation>
    </message>
    <message>
        <source>Tanda tangan harus milik satu peserta atau satu pejabat.</source>
        <translation>A signature must belong to one attendee or one official.</translation>
    </message>
    <message>
        <source>Persetujuan penyimpanan data tanda tangan wajib dicentang sebelum menyimpan.</source>
        <translation>Consent to storing the signature data must be ticked before saving.</translation>
    </message>
    <message>
        <source>Naskah ini sudah diganti dengan versi baru. Tampilkan ulang naskah lalu tanda tangani lagi.</source>
        <translation>This text has been replaced by a new version. Show the text again, then sign again.</translation>
    </message>
    <message>
        <source>Peserta ini tidak terdaftar pada acara ini.</source>
        <translation>This attendee is not registered for this event.</translation>
    </message>
    <message>
        <source>{name} belum registrasi hadir. Registrasikan dulu di meja registrasi.</source>
        <translation>{name} has not checked in yet. Check them in at the registration desk first.</translation>
    </message>
    <message>
        <source>{name} sudah menandatangani pernyataan.</source>
        <translation>{name} has already signed the statement.</translation>
    </message>
    <message>
        <source>Pejabat ini bukan penandatangan pada acara ini.</source>
        <translation>This official is not a signer for this event.</translation>
    </message>
    <message>
        <source>{name} sudah menandatangani naskah ini.</source>
        <translation>{name} has already signed this text.</translation>
    </message>
    <message>
        <source>Tanda tangan masih kosong. Silakan tanda tangani di kotak.</source>
        <translation>The signature is still empty. Please sign in the box.</translation>
    </message>
    <message>
        <source>Data goresan tanda tangan tidak valid.</source>
        <translation>Invalid signature stroke data.</translation>
    </message>
    <message>
        <source>Tanda tangan terlalu kecil atau terlalu singkat. Silakan ulangi dengan tanda tangan lengkap.</source>
        <translation>The signature is too small or too short. Please sign again in full.</translation>
    </message>
    <message>
        <source>Bundel dari stasiun yang belum dikenal: &apos;{station}&apos;, sidik jari {fingerprint}. Cocokkan sidik jari dengan stasiun pengirim, lalu impor dengan --trust.</source>
        <translation>Bundle from an unknown station: &apos;{station}&apos;, fingerprint {fingerprint}. Compare the fingerprint with the sending station, then import with --trust.</translation>
    </message>
    <message>
        <source>Bundel acara {event} dari {station}: {rows} baris, semuanya sudah ada. Tidak ada yang berubah.</source>
        <translation>Bundle of event {event} from {station}: {rows} rows, all already present. Nothing changed.</translation>
    </message>
    <message>
        <source>Bundel acara {event} dari {station} diimpor: {applied} dari {rows} baris baru atau lebih baru, {conflicts} konflik dicatat di log audit.</source>
        <translation>Bundle of event {event} from {station} imported: {applied} of {rows} rows new or newer, {conflicts} conflicts recorded in the audit log.</translation>
    </message>
    <message>
        <source>Bundel acara {event} dari {station} diimpor: {applied} dari {rows} baris baru atau lebih baru.</source>
        <translation>Bundle of event {event} from {station} imported: {applied} of {rows} rows new or newer.</translation>
    </message>
    <message>
        <source>Kata sandi bundel salah, atau berkasnya rusak.</source>
        <translation>Wrong bundle password, or the file is damaged.</translation>
    </message>
    <message>
        <source>Bundel tidak dapat ditulis ke &apos;{path}&apos; ({reason}).</source>
        <translation>The bundle cannot be written to &apos;{path}&apos; ({reason}).</translation>
    </message>
    <message>
        <source>Berkas terlalu besar untuk sebuah bundel Ikrar.</source>
        <translation>The file is too large for an Ikrar bundle.</translation>
    </message>
    <message>
        <source>Bundel terenkripsi: perlu kata sandi (--password-file atau --ask-password).</source>
        <translation>Encrypted bundle: a password is needed (--password-file or --ask-password).</translation>
    </message>
    <message>
        <source>Tanda tangan bundel tidak sah: berkas telah diubah atau rusak. Tidak ada data yang disimpan.</source>
        <translation>The bundle signature is not valid: the file was changed or damaged. Nothing was stored.</translation>
    </message>
    <message>
        <source>Format bundel tidak dikenal (dibuat oleh versi Ikrar lain?).</source>
        <translation>Unknown bundle format (made by another version of Ikrar?).</translation>
    </message>
    <message>
        <source>Isi bundel tidak cocok dengan tanda tangannya: berkas telah diubah. Tidak ada data yang disimpan.</source>
        <translation>The bundle content does not match its signature: the file was changed. Nothing was stored.</translation>
    </message>
    <message>
        <source>Isi bundel tidak dapat dibaca.</source>
        <translation>The bundle content cannot be read.</translation>
    </message>
    <message>
        <source>Bundel ini terenkripsi untuk penyelenggara (kunci induk {fingerprint}); hanya hub atau laptop penyelenggara yang dapat membukanya. Tidak ada data yang disimpan.</source>
        <translation>This bundle is encrypted for the organizer (root key {fingerprint}); only the hub or the organizer&apos;s laptop can open it. Nothing was stored.</translation>
    </message>
    <message>
        <source>Bundel mengaku dari stasiun ini tetapi kuncinya lain. Ditolak.</source>
        <translation>The bundle claims to come from this station but has another key. Refused.</translation>
    </message>
    <message>
        <source>Bundel mengaku dari &apos;{station}&apos; tetapi ditandatangani kunci lain (sidik jari {fingerprint}). Bundel asing ditolak; tidak ada yang disimpan.</source>
        <translation>The bundle claims to come from &apos;{station}&apos; but is signed with another key (fingerprint {fingerprint}). Foreign bundle refused; nothing was stored.</translation>
    </message>
    <message>
        <source>Kepala rantai bukti dalam bundel tidak sah. Tidak ada data yang disimpan.</source>
        <translation>The evidence chain head in this bundle is not valid. Nothing was stored.</translation>
    </message>
    <message>
        <source>Isi bundel tidak sah ({reason}). Tidak ada data yang disimpan.</source>
        <translation>Invalid bundle content ({reason}). Nothing was stored.</translation>
    </message>
    <message>
        <source>Bundel tidak dapat diterapkan ({error}). Tidak ada data yang disimpan; rincian ada di log.</source>
        <translation>The bundle cannot be applied ({error}). Nothing was stored; details are in the log.</translation>
    </message>
    <message>
        <source>Hub tidak dapat dihubungi ({url}). Periksa jaringan dan alamat hub.</source>
        <translation>The hub cannot be reached ({url}). Check the network and the hub address.</translation>
    </message>
    <message>
        <source>Jawaban hub tidak dapat dibaca. Periksa alamat hub.</source>
        <translation>The hub&apos;s answer cannot be read. Check the hub address.</translation>
    </message>
    <message>
        <source>Sinkronisasi selesai: {pushed} perubahan dikirim, {pulled} diterima ({applied} baru/berubah, {conflicts} konflik dicatat).</source>
        <translation>Sync complete: {pushed} changes sent, {pulled} received ({applied} new/changed, {conflicts} conflicts recorded).</translation>
    </message>
    <message>
        <source>Sertifikat hub berbeda dari yang disematkan saat pemasangan. Hubungi pengelola hub sebelum melanjutkan.</source>
        <translation>The hub&apos;s certificate differs from the one pinned at pairing. Contact the hub&apos;s administrator before going on.</translation>
    </message>
    <message>
        <source>Hub tidak menjawab tepat waktu ({url}). Coba lagi sebentar lagi.</source>
        <translation>The hub did not answer in time ({url}). Try again in a moment.</translation>
    </message>
    <message>
        <source>Hubungan ke hub terputus ({error}). Coba lagi; tidak ada data yang terkirim dua kali.</source>
        <translation>The connection to the hub was lost ({error}). Try again; nothing is sent twice.</translation>
    </message>
    <message>
        <source>Hub menolak kredensial stasiun ini. Daftarkan ulang stasiun dengan kode pemasangan baru dari hub.</source>
        <translation>The hub refuses this station&apos;s credentials. Enrol the station again with a new pairing code from the hub.</translation>
    </message>
    <message>
        <source>Stasiun ini telah dicabut di hub. Minta kode pemasangan baru kepada pengelola hub.</source>
        <translation>This station has been revoked at the hub. Ask the hub&apos;s administrator for a new pairing code.</translation>
    </message>
    <message>
        <source>Hub sedang bermasalah (HTTP {status}). Coba lagi sebentar lagi.</source>
        <translation>The hub has a problem (HTTP {status}). Try again in a moment.</translation>
    </message>
    <message>
        <source>Stasiun ini belum terdaftar di hub. Daftarkan dulu dengan &apos;ikrar enroll ALAMAT KODE&apos; atau dari halaman Sinkronisasi.</source>
        <translation>This station is not enrolled at a hub yet. Enrol it first with &apos;ikrar enroll ADDRESS CODE&apos; or from the Sync page.</translation>
    </message>
    <message>
        <source>Alamat hub tidak valid: &apos;{url}&apos;. Contoh: https://192.168.1.10:8765</source>
        <translation>Invalid hub address: &apos;{url}&apos;. Example: https://192.168.1.10:8765</translation>
    </message>
    <message>
        <source>Kode pemasangan tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode baru dengan &apos;ikrar hub pair&apos; di hub.</source>
        <translation>The pairing code is unknown, already used or expired. Ask for a new code with &apos;ikrar hub pair&apos; on the hub.</translation>
    </message>
    <message>
        <source>Stasiun ini sudah terdaftar di hub. Mengganti kuncinya perlu kode khusus dari hub: &apos;ikrar hub pair --rekey {station}&apos;.</source>
        <translation>This station is already enrolled at the hub. Replacing its key needs a special code from the hub: &apos;ikrar hub pair --rekey {station}&apos;.</translation>
    </message>
    <message>
        <source>Hub menolak pendaftaran (HTTP {status}).</source>
        <translation>The hub refused the enrolment (HTTP {status}).</translation>
    </message>
    <message>
        <source>Hub menolak kiriman data ({reason}). Rincian ada di log.</source>
        <translation>The hub refused the data sent ({reason}). Details are in the log.</translation>
    </message>
    <message>
        <source>Hub tidak menyimpan semua perubahan yang dikirim. Coba lagi.</source>
        <translation>The hub did not store all the changes sent. Try again.</translation>
    </message>
    <message>
        <source>Hub menolak permintaan data ({reason}).</source>
        <translation>The hub refused the data request ({reason}).</translation>
    </message>
    <message>
        <source>Data dari hub tidak dapat disimpan di stasiun ini ({error}); tidak ada yang berubah. Rincian ada di log.</source>
        <translation>Data from the hub cannot be stored on this station ({error}); nothing changed. Details are in the log.</translation>
    </message>
    <message>
        <source>Sertifikat hub ({actual}…) tidak sama dengan sidik jari dari kode pemasangan ({expected}…). Jangan lanjutkan: mungkin ada pihak lain di jaringan.</source>
        <translation>The hub&apos;s certificate ({actual}…) does not match the fingerprint from the pairing code ({expected}…). Do not go on: someone else may be on the network.</translation>
    </message>
    <message>
        <source>Tidak ada layar grafis (DISPLAY/WAYLAND_DISPLAY kosong). Jalankan Ikrar dari desktop, atau pakai perintah baris seperti &apos;ikrar events&apos;.</source>
        <translation>No graphical display (DISPLAY/WAYLAND_DISPLAY is empty). Start Ikrar from the desktop, or use a command such as &apos;ikrar events&apos;.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga ({error}). Rincian ada di log.</source>
        <translation>An unexpected error occurred ({error}). Details are in the log.</translation>
    </message>
    <message>
        <source>Blok nomor sertifikat acara ini kini dibagikan oleh hub kepada setiap stasiun yang tersinkron.</source>
        <translation>This event&apos;s certificate number blocks are now handed out by the hub to every station that syncs.</translation>
    </message>
    <message>
        <source>Blok nomor sertifikat hanya dapat dibagikan oleh stasiun yang membuat acara ini.</source>
        <translation>Certificate number blocks can only be handed out by the station that created this event.</translation>
    </message>
    <message>
        <source>Nama stasiun penerima blok wajib diisi.</source>
        <translation>The name of the station receiving the block is required.</translation>
    </message>
    <message>
        <source>Ukuran blok harus antara 1 dan {limit}.</source>
        <translation>The block size must be between 1 and {limit}.</translation>
    </message>
    <message>
        <source>Nama instansi pada kop</source>
        <translation>Agency name on the letterhead</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Tembusan</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>{label} terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>{label} paling banyak {lines} baris.</source>
        <translation>{label} may have at most {lines} lines.</translation>
    </message>
    <message>
        <source>Alamat e-mail &apos;{email}&apos; tidak valid.</source>
        <translation>The e-mail address &apos;{email}&apos; is not valid.</translation>
    </message>
    <message>
        <source>Alamat laman &apos;{website}&apos; tidak valid.</source>
        <translation>The website address &apos;{website}&apos; is not valid.</translation>
    </message>
    <message>
        <source>Tanggal surat &apos;{date}&apos; tidak valid.</source>
        <translation>The letter date &apos;{date}&apos; is not valid.</translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (paling besar {megabytes} MB).</source>
        <translation>The logo file is too large (at most {megabytes} MB).</translation>
    </message>
    <message>
        <source>Logo harus berupa gambar PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Gambar logo terlalu besar (lebih dari {megapixels} megapiksel).</source>
        <translation>The logo image is too large (more than {megapixels} megapixels).</translation>
    </message>
    <message>
        <source>Berkas logo tidak dapat dibaca sebagai gambar.</source>
        <translation>The logo file cannot be read as an image.</translation>
    </message>
    <message>
        <source>Daftar Hadir</source>
        <translation>Attendance List</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Surat Undangan</source>
        <translation>Invitation Letter</translation>
    </message>
    <message>
        <source>Dokumen &apos;{document}&apos; tidak ditandatangani pejabat dengan pad.</source>
        <translation>Document &apos;{document}&apos; is not signed by officials on the pad.</translation>
    </message>
    <message>
        <source>{name} tidak tercatat sebagai penanda tangan {document}. Centang dokumen itu pada halaman Acara.</source>
        <translation>{name} is not recorded as a signer of the {document}. Tick that document on the Event page.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar: lebih dari {max} baris.</source>
        <translation>File too large: more than {max} rows.</translation>
    </message>
    <message>
        <source>Berkas terlalu lebar: lebih dari {max} kolom.</source>
        <translation>File too wide: more than {max} columns.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar: area berisi data lebih dari {max} sel (ada isian jauh di bawah atau di kanan daftar?).</source>
        <translation>File too large: the area holding data has more than {max} cells (is something typed far below or to the right of the list?).</translation>
    </message>
    <message>
        <source>Sel terlalu panjang: lebih dari {max} karakter.</source>
        <translation>Cell too long: more than {max} characters.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar: isinya lebih dari {max_mb} MB.</source>
        <translation>File too large: its content is more than {max_mb} MB.</translation>
    </message>
    <message>
        <source>Berkas terlalu lama dibaca (lebih dari {seconds} detik).</source>
        <translation>Reading the file takes too long (more than {seconds} seconds).</translation>
    </message>
    <message>
        <source>Pembaca lembar kerja berhenti saat membaca &apos;{file}&apos;: berkas rusak atau terlalu besar. Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu impor lagi.</source>
        <translation>The spreadsheet reader stopped while reading &apos;{file}&apos;: the file is damaged or too large. Save it again from Excel as .xlsx or CSV, then import again.</translation>
    </message>
    <message>
        <source>Bundel rusak atau bukan bundel Ikrar ({detail}). Salin ulang berkasnya dari stasiun pengirim. Tidak ada data yang disimpan.</source>
        <translation>The bundle is damaged or not an Ikrar bundle ({detail}). Copy the file again from the sending station. Nothing was stored.</translation>
    </message>
    <message>
        <source>Isi bundel terlalu besar (lebih dari {max_mb} MB setelah dibuka). Tidak ada data yang disimpan.</source>
        <translation>The bundle content is too large (more than {max_mb} MB once unpacked). Nothing was stored.</translation>
    </message>
    <message>
        <source>Terlalu banyak permintaan. Tunggu satu menit lalu coba lagi.</source>
        <translation>Too many requests. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi.</source>
        <translation>The request cannot be read. Reload the page and try again.</translation>
    </message>
    <message>
        <source>Tautan ini tidak sah. Pindai lagi kode QR yang ditunjukkan meja registrasi.</source>
        <translation>This link is not valid. Scan the QR code shown at the registration desk again.</translation>
    </message>
    <message>
        <source>Tautan ini sudah kedaluwarsa. Minta kode QR baru di meja registrasi.</source>
        <translation>This link has expired. Ask for a new QR code at the registration desk.</translation>
    </message>
    <message>
        <source>Data Anda belum sampai di server acara. Tunggu beberapa detik lalu muat ulang halaman ini.</source>
        <translation>Your details have not reached the event server yet. Wait a few seconds and reload this page.</translation>
    </message>
    <message>
        <source>Naskah pernyataan sudah diganti dengan versi baru. Minta kode QR baru di meja registrasi.</source>
        <translation>The declaration text has been replaced by a new version. Ask for a new QR code at the registration desk.</translation>
    </message>
    <message>
        <source>Data tanda tangan tidak dapat dibaca. Hapus lalu ulangi.</source>
        <translation>The signature data cannot be read. Clear it and sign again.</translation>
    </message>
    <message>
        <source>Tanda tangan terlalu panjang untuk disimpan. Hapus lalu ulangi.</source>
        <translation>The signature is too long to store. Clear it and sign again.</translation>
    </message>
    <message>
        <source>Naskah yang Anda baca bukan versi yang berlaku. Muat ulang halaman, baca lagi, lalu tanda tangani.</source>
        <translation>The text you read is not the current version. Reload the page, read it again, then sign.</translation>
    </message>
    <message>
        <source>Tautan ini sudah dipakai: tanda tangan {name} sudah tersimpan.</source>
        <translation>This link has been used: the signature of {name} is already stored.</translation>
    </message>
    <message>
        <source>Centang persetujuan penyimpanan data tanda tangan sebelum mengirim.</source>
        <translation>Tick the consent to storing the signature data before sending.</translation>
    </message>
    <message>
        <source>Tautan ponsel tidak dapat dibuat untuk peserta ini (data peserta atau naskah tidak lengkap).</source>
        <translation>A phone link cannot be made for this attendee (attendee or text data incomplete).</translation>
    </message>
    <message>
        <source>Tanda tangan di ponsel memerlukan hub tempat acara: daftarkan meja ini ke hub dulu (Sinkronisasi).</source>
        <translation>Signing on phones needs the venue hub: enrol this desk with the hub first (Sync).</translation>
    </message>
    <message>
        <source>Kode akses sertifikat tidak sah atau kedaluwarsa. Masukkan lagi kode undangan Anda.</source>
        <translation>The certificate access code is not valid or has expired. Enter your invitation code again.</translation>
    </message>
    <message>
        <source>Kode undangan dan 4 digit terakhir NIP/NRP/NIK tidak cocok dengan peserta mana pun.</source>
        <translation>The invitation code and the last 4 digits of the NIP/NRP/NIK match no attendee.</translation>
    </message>
    <message>
        <source>Sertifikat Anda belum diterbitkan. Coba lagi setelah panitia mengumumkannya.</source>
        <translation>Your certificate has not been issued yet. Try again once the organizers announce it.</translation>
    </message>
    <message>
        <source>Alamat hub untuk poster harus diawali http:// atau https:// (mis. https://192.168.1.10:8765).</source>
        <translation>The hub address for the poster must start with http:// or https:// (e.g. https://192.168.1.10:8765).</translation>
    </message>
    <message>
        <source>Alamat verifikasi &apos;{address}&apos; bukan alamat web (contoh: https://bawaslu-kupang.example.id).</source>
        <translation>The verification address &apos;{address}&apos; is not a web address (example: https://bawaslu-kupang.example.id).</translation>
    </message>
    <message>
        <source>Alamat verifikasi harus berupa alamat situs saja (tanpa &apos;?&apos; atau &apos;#&apos;, paling panjang 200 karakter).</source>
        <translation>The verification address must be a plain site address (no &apos;?&apos; or &apos;#&apos;, at most 200 characters).</translation>
    </message>
    <message>
        <source>Alamat verifikasi hanya boleh berisi huruf, angka, titik, titik dua, garis miring dan tanda minus (agar muat di kode QR).</source>
        <translation>The verification address may only contain letters, digits, dots, colons, slashes and hyphens (so it fits the QR code).</translation>
    </message>
    <message>
        <source>Alamat verifikasi belum diatur: kode QR sertifikat menunjuk ke {address}, yang tidak dijalankan oleh penyelenggara. Isi dengan alamat hub atau situs penyelenggara.</source>
        <translation>The verification address is not set: certificate QR codes point to {address}, which the organizer does not run. Enter the hub&apos;s address or the organizer&apos;s site.</translation>
    </message>
    <message>
        <source>Alamat verifikasi tidak memakai HTTPS: ponsel dapat memperingatkan pemindainya dan isinya dapat diubah di jalan.</source>
        <translation>The verification address does not use HTTPS: phones may warn whoever scans it and the page can be altered on the way.</translation>
    </message>
    <message>
        <source>Kolom &apos;{header}&apos; berisi {count} nomor 8–14 digit (NRP polisi/TNI) di samping NIP 18 digit: dibaca sebagai NIP/NRP campuran.</source>
        <translation>Column &apos;{header}&apos; holds {count} numbers of 8–14 digits (police/army NRP) beside 18-digit NIPs: read as mixed NIP/NRP.</translation>
    </message>
    <message>
        <source>Kolom &apos;{header}&apos; berisi {count} nomor 8–14 digit (NRP polisi/TNI); pilih “NIP/NRP (campuran)” agar tidak ditolak sebagai NIP.</source>
        <translation>Column &apos;{header}&apos; holds {count} numbers of 8–14 digits (police/army NRP); choose “NIP/NRP (mixed)” so they are not rejected as NIPs.</translation>
    </message>
    <message>
        <source>Frasa sandi diperlukan: berikan --passphrase-file BERKAS atau jalankan di terminal.</source>
        <translation>A passphrase is needed: give --passphrase-file FILE or run it in a terminal.</translation>
    </message>
    <message>
        <source>Kedua frasa sandi tidak sama; tidak ada yang diubah.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <source>Kunci stasiun terkunci: buka dengan frasa sandinya (--passphrase-file BERKAS, IKRAR_PASSPHRASE_FILE=BERKAS, atau di jendela Ikrar).</source>
        <translation>The station keys are locked: unlock them with their passphrase (--passphrase-file FILE, IKRAR_PASSPHRASE_FILE=FILE, or in the Ikrar window).</translation>
    </message>
    <message>
        <source>Frasa sandi kunci salah; tidak ada yang diubah.</source>
        <translation>Wrong key passphrase; nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas kunci &apos;{path}&apos; rusak atau formatnya tidak dikenal.</source>
        <translation>Key file &apos;{path}&apos; is damaged or in an unknown format.</translation>
    </message>
    <message>
        <source>Berkas frasa sandi &apos;{path}&apos; tidak dapat dibaca ({reason}).</source>
        <translation>Passphrase file &apos;{path}&apos; cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Frasa sandi kunci minimal {minimum} karakter.</source>
        <translation>The key passphrase needs at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Berkas ini bukan berkas kunci induk Ikrar yang utuh ({detail}). Tidak ada yang berubah.</source>
        <translation>This is not an intact Ikrar organizer root file ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas &apos;{path}&apos; tidak dapat ditulis ({reason}).</source>
        <translation>The file &apos;{path}&apos; cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>Folder data ini tidak menyimpan kunci induk penyelenggara. Jalankan &apos;ikrar root init&apos; di laptop penyelenggara.</source>
        <translation>This data folder does not hold the organizer root. Run &apos;ikrar root init&apos; on the organizer&apos;s laptop.</translation>
    </message>
    <message>
        <source>Sertifikat ini untuk stasiun lain, bukan stasiun ini. Tidak ada yang berubah.</source>
        <translation>This certificate is for another station, not this one. Nothing was changed.</translation>
    </message>
    <message>
        <source>terenkripsi untuk kunci penyelenggara lain, bukan kunci ini</source>
        <translation>sealed to another organizer key, not this one</translation>
    </message>
    <message>
        <source>bukan milik peserta ini (dipindahkan dari baris lain atau diubah)</source>
        <translation>it does not belong to this attendee (moved from another row or altered)</translation>
    </message>
    <message>
        <source>isinya rusak atau bentuknya tidak dikenal</source>
        <translation>damaged or of an unknown format</translation>
    </message>
    <message>
        <source>NIK hanya dapat dibuka di folder data yang menyimpan kunci induk penyelenggara (hub atau laptop penyelenggara). Tidak ada berkas yang ditulis.</source>
        <translation>The NIK can only be opened in a data folder holding the organizer root (the hub or the organizer&apos;s laptop). No file was written.</translation>
    </message>
    <message>
        <source>Berkas ini bukan daftar pencabutan stasiun Ikrar yang utuh ({detail}). Tidak ada yang berubah.</source>
        <translation>This file is not a complete Ikrar station revocation list ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Daftar pencabutan ini ditandatangani kunci induk yang tidak dipercaya di sini (sidik jari {fingerprint}). Tidak ada yang berubah.</source>
        <translation>This revocation list is signed by a root key not trusted here (fingerprint {fingerprint}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda tangan daftar pencabutan tidak sah: berkas telah diubah atau rusak. Tidak ada yang berubah.</source>
        <translation>The revocation list&apos;s signature is not valid: the file was altered or is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>Daftar pencabutan nomor {serial} lebih lama dari yang sudah disimpan di sini (nomor {kept}). Tidak ada yang berubah.</source>
        <translation>Revocation list number {serial} is older than the one kept here (number {kept}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Id stasiun &apos;{station}&apos; tidak sah (1-36 karakter).</source>
        <translation>Station id &apos;{station}&apos; is not valid (1-36 characters).</translation>
    </message>
    <message>
        <source>Alasan pencabutan terlalu panjang (paling banyak {limit}).</source>
        <translation>The revocation reason is too long (at most {limit}).</translation>
    </message>
    <message>
        <source>Stasiun {station} sudah ada dalam daftar pencabutan. Tidak ada yang berubah.</source>
        <translation>Station {station} is already on the revocation list. Nothing was changed.</translation>
    </message>
    <message>
        <source>Folder data ini belum menyimpan daftar pencabutan stasiun.</source>
        <translation>This data folder keeps no station revocation list yet.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Nama operator</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>Alamat hub</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Sinkronkan otomatis di latar belakang</source>
        <translation>Sync automatically in the background</translation>
    </message>
    <message>
        <source>Masa berlaku tautan tanda tangan di ponsel (menit)</source>
        <translation>Phone signing link validity (minutes)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ba&amp;tal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Pengaturan tidak tersimpan. Rincian ada di log.</source>
        <translation>The settings were not saved. Details are in the log.</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Bahasa baru dipakai setelah Ikrar dibuka ulang.</source>
        <translation>The new language is used after Ikrar is restarted.</translation>
    </message>
    <message>
        <source>Nama &amp;stasiun</source>
        <translation>Station &amp;name</translation>
    </message>
    <message>
        <source>mis. Meja 1</source>
        <translation>e.g. Desk 1</translation>
    </message>
    <message>
        <source>Nama &amp;operator</source>
        <translation>&amp;Operator name</translation>
    </message>
    <message>
        <source>orang yang bertugas di meja ini</source>
        <translation>the person working at this desk</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Kotak tanda tangan</source>
        <translation>Signature box</translation>
    </message>
    <message>
        <source>Tanda tangan di sini</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Penandatanganan</source>
        <translation>Signing</translation>
    </message>
</context>
<context>
    <name>SigningDocumentsTab</name>
    <message>
        <source>Membuat %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>Pembuatan dokumen dihentikan.</source>
        <translation>Document creation stopped.</translation>
    </message>
    <message>
        <source>Dokumen gagal dibuat. Rincian ada di log.</source>
        <translation>The document could not be created. Details are in the log.</translation>
    </message>
    <message>
        <source>Selesai: %1 (%2).</source>
        <translation>Done: %1 (%2).</translation>
    </message>
    <message>
        <source>Dokumen tersimpan: %1</source>
        <translation>Document saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peserta</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n surat pernyataan</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pejabat telah menandatangani</source>
        <translation>
            <numerusform>%n official has signed</numerusform>
            <numerusform>%n officials have signed</numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Dokumen dibuat di latar belakang dan disimpan di folder documents. Gambar tanda tangan dicetak; data goresan tidak pernah diekspor.</source>
        <translation>Documents are created in the background and saved in the documents folder. Signature images are printed; stroke data is never exported.</translation>
    </message>
    <message>
        <source>Daftar hadir (PDF)</source>
        <translation>Attendance list (PDF)</translation>
    </message>
    <message>
        <source>Surat pernyataan (PDF)</source>
        <translation>Statements (PDF)</translation>
    </message>
    <message>
        <source>Naskah deklarasi (PDF)</source>
        <translation>Declaration text (PDF)</translation>
    </message>
    <message>
        <source>Rekap hadir dan tanda tangan (Excel)</source>
        <translation>Attendance/signature summary (Excel)</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SigningQueueTab</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP/NRP</source>
        <translation>NIP/NRP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Naskah</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Antrean tidak dapat dimuat; lihat log.</source>
        <translation>The queue could not be loaded; see the log.</translation>
    </message>
    <message numerus="yes">
        <source>%n belum tanda tangan</source>
        <translation>
            <numerusform>%n not signed yet</numerusform>
            <numerusform>%n not signed yet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>naskah deklarasi</source>
        <translation>declaration</translation>
    </message>
    <message>
        <source>daftar hadir</source>
        <translation>attendance list</translation>
    </message>
    <message>
        <source>sertifikat</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>surat undangan</source>
        <translation>invitation letters</translation>
    </message>
    <message>
        <source> (sudah)</source>
        <translation> (signed)</translation>
    </message>
    <message>
        <source>Pilih pejabat yang belum menandatangani.</source>
        <translation>Select an official who has not signed yet.</translation>
    </message>
    <message>
        <source>Naskah tidak ada.</source>
        <translation>The text does not exist.</translation>
    </message>
    <message>
        <source>Kiosk masih menampilkan penanda tangan lain; tunggu sampai selesai atau dibatalkan.</source>
        <translation>The kiosk is still showing another signer; wait until they finish or cancel.</translation>
    </message>
    <message>
        <source>Kiosk: menunggu tanda tangan %1.</source>
        <translation>Kiosk: waiting for %1 to sign.</translation>
    </message>
    <message>
        <source>Tanda tangan %1 tersimpan.</source>
        <translation>Signature of %1 saved.</translation>
    </message>
    <message>
        <source>Mode kiosk aktif di layar ini: pilih peserta lalu tekan Tanda tangani. Layar berganti untuk penanda tangan dan kembali ke sini setelah disimpan atau dibatalkan.</source>
        <translation>Kiosk mode is on for this screen: pick a participant and press Sign. The screen turns into the signer&apos;s view and comes back here once saved or cancelled.</translation>
    </message>
    <message>
        <source>Mode kiosk aktif di monitor kedua (%1). Pilih peserta lalu tekan Tanda tangani.</source>
        <translation>Kiosk mode is on on the second monitor (%1). Pick a participant and press Sign.</translation>
    </message>
    <message>
        <source>Kiosk: penanda tangan membatalkan. Pilih peserta berikutnya.</source>
        <translation>Kiosk: the signer canceled. Select the next participant.</translation>
    </message>
    <message>
        <source>Akhiri mode kiosk</source>
        <translation>End kiosk mode</translation>
    </message>
    <message>
        <source>Mulai mode kiosk</source>
        <translation>Start kiosk mode</translation>
    </message>
    <message>
        <source>Mode kiosk mati: penandatanganan tampil di jendela ini.</source>
        <translation>Kiosk mode off: signing is shown in this window.</translation>
    </message>
    <message>
        <source>Kiosk: tanda tangan tersimpan. Pilih peserta berikutnya.</source>
        <translation>Kiosk: signature saved. Select the next participant.</translation>
    </message>
    <message>
        <source>Penandatanganan</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Cari nama, NIP/NRP, atau instansi…</source>
        <translation>Search name, NIP/NRP or institution…</translation>
    </message>
    <message>
        <source>Tanda tangani peserta terpilih</source>
        <translation>Sign for selected participant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tanda tangan pejabat&lt;/b&gt; — naskah deklarasi kolektif dan dokumen yang ditandatanganinya (daftar hadir, sertifikat, undangan):</source>
        <translation>&lt;b&gt;Officials&apos; signatures&lt;/b&gt; — the collective declaration and the documents each official signs (attendance list, certificates, invitations):</translation>
    </message>
    <message>
        <source>Tanda tangani yang dipilih</source>
        <translation>Sign the selected item</translation>
    </message>
</context>
<context>
    <name>SigningScreen</name>
    <message>
        <source>Saya menyatakan telah membaca seluruh isi naskah di atas dan menandatanganinya dengan sadar tanpa paksaan dari pihak mana pun.</source>
        <translation>I declare that I have read the whole text above and sign it knowingly, under no pressure from anyone.</translation>
    </message>
    <message>
        <source>Terjemahan persetujuan di atas (teks bahasa Indonesia itulah yang disimpan sebagai bukti).</source>
        <translation>In English (the Indonesian text above is what is stored as evidence): I agree that my signature data (the signature image and the strokes with their timing and pressure) is kept by the organiser as evidence of signing this statement, may be opened only by the organiser, and is not used for any other purpose, under Law No. 27 of 2022 on Personal Data Protection.</translation>
    </message>
    <message>
        <source>Saya menyatakan…</source>
        <translation>I declare…</translation>
    </message>
    <message>
        <source>Centang persetujuan penyimpanan data tanda tangan.</source>
        <translation>Tick the consent to store signature data.</translation>
    </message>
    <message>
        <source>Centang pernyataan &quot;Saya menyatakan…&quot;.</source>
        <translation>Tick the statement &quot;I declare…&quot;.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tanda tangan gagal disimpan. Rincian ada di log; coba lagi.</source>
        <translation>The signature could not be saved. Details are in the log; try again.</translation>
    </message>
    <message>
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Penandatanganan Pernyataan</source>
        <translation>Signing the Statement</translation>
    </message>
    <message>
        <source>Surat Pernyataan</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Nama penanda tangan</source>
        <translation>Signer name</translation>
    </message>
    <message>
        <source>Tanda tangan di kotak putih di bawah ini:</source>
        <translation>Sign in the white box below:</translation>
    </message>
    <message>
        <source>Batalkan goresan terakhir</source>
        <translation>Undo last stroke</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Saya setuju data tanda tangan saya disimpan</source>
        <translation>I agree that my signature data may be stored</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Pindai QR dengan &amp;kamera…</source>
        <translation>Scan the QR with the &amp;camera…</translation>
    </message>
    <message>
        <source>belum dipasangkan</source>
        <translation>not paired</translation>
    </message>
    <message>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>semua sudah ada di bundel %1</source>
        <translation>all already in the bundle of %1</translation>
    </message>
    <message>
        <source>%1 sejak bundel %2</source>
        <translation>%1 since the bundle of %2</translation>
    </message>
    <message>
        <source>Isi alamat hub dan kode pemasangan yang tampil di laptop hub (Sinkronisasi, “Hub di laptop ini”), atau pindai kode QR-nya.</source>
        <translation>Enter the hub address and the pairing code shown on the hub laptop (Sync, “Hub on this laptop”), or scan its QR code.</translation>
    </message>
    <message>
        <source>Memasangkan dengan hub…</source>
        <translation>Pairing with hub…</translation>
    </message>
    <message>
        <source>Stasiun terdaftar di hub.</source>
        <translation>Station registered with the hub.</translation>
    </message>
    <message>
        <source>Kode QR ini bukan kode pemasangan hub.</source>
        <translation>This QR code is not a hub pairing code.</translation>
    </message>
    <message>
        <source>Tunggu sampai pekerjaan sinkronisasi ini selesai.</source>
        <translation>Wait until the current sync work is done.</translation>
    </message>
    <message>
        <source>&amp;Hentikan hub</source>
        <translation>&amp;Stop the hub</translation>
    </message>
    <message>
        <source>&amp;Jadikan laptop ini hub</source>
        <translation>&amp;Make this laptop the hub</translation>
    </message>
    <message>
        <source>Hub tidak berjalan di laptop ini.</source>
        <translation>No hub is running on this laptop.</translation>
    </message>
    <message>
        <source>Menyalakan hub…</source>
        <translation>Starting the hub…</translation>
    </message>
    <message>
        <source>Hub berjalan di %1</source>
        <translation>Hub running at %1</translation>
    </message>
    <message>
        <source>Hub berhenti: %1</source>
        <translation>Hub stopped: %1</translation>
    </message>
    <message>
        <source>Kode pemasangan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Pairing code: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alamat hub: %1</source>
        <translation>Hub address: %1</translation>
    </message>
    <message>
        <source>Sidik jari: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Berlaku sampai %1, sekali pakai.</source>
        <translation>Valid until %1, single use.</translation>
    </message>
    <message>
        <source>Di meja lain: pindai kode QR ini dengan pemindai dari halaman mana pun, atau ketik alamat dan kodenya di “Pasangkan dengan hub”.</source>
        <translation>At another desk: scan this QR code with the scanner from any page, or type the address and code under “Pair with a hub”.</translation>
    </message>
    <message>
        <source>Memasangkan meja ini dengan hubnya sendiri…</source>
        <translation>Pairing this desk with its own hub…</translation>
    </message>
    <message>
        <source>Belum ada stasiun yang dipasangkan.</source>
        <translation>No station has paired yet.</translation>
    </message>
    <message>
        <source>%1 · %2 perubahan diterima · kontak terakhir %3</source>
        <translation>%1 · %2 changes received · last contact %3</translation>
    </message>
    <message>
        <source>DICABUT</source>
        <translation>REVOKED</translation>
    </message>
    <message>
        <source>Pilih acara lebih dulu di halaman Acara.</source>
        <translation>Select an event first on the Event page.</translation>
    </message>
    <message>
        <source>Simpan bundel</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <source>Bundel Ikrar (*.ikrar)</source>
        <translation>Ikrar bundles (*.ikrar)</translation>
    </message>
    <message>
        <source>Mengekspor bundel…</source>
        <translation>Exporting bundle…</translation>
    </message>
    <message>
        <source>Bundel disimpan: {path} ({rows} baris). Sidik jari stasiun: {fp}</source>
        <translation>Bundle saved: {path} ({rows} rows). Station fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Terenkripsi untuk penyelenggara (kunci induk {root}); hanya hub atau laptop penyelenggara yang dapat membukanya.</source>
        <translation>Encrypted for the organizer (root key {root}); only the hub or the organizer&apos;s laptop can open it.</translation>
    </message>
    <message>
        <source>Buka bundel</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <source>Bundel Ikrar (*.ikrar);;Semua (*)</source>
        <translation>Ikrar bundles (*.ikrar);;All files (*)</translation>
    </message>
    <message>
        <source>Mengimpor bundel…</source>
        <translation>Importing bundle…</translation>
    </message>
    <message>
        <source>Stasiun belum dikenal</source>
        <translation>Unknown station</translation>
    </message>
    <message>
        <source>Bundel ini ditandatangani oleh stasiun &apos;{name}&apos; yang belum dikenal.

Sidik jari: {fp}

Cocokkan sidik jari dengan yang tampil di stasiun pengirim. Percayai stasiun ini dan impor?</source>
        <translation>This bundle was signed by station &apos;{name}&apos;, which is not known yet.

Fingerprint: {fp}

Compare the fingerprint with the one shown on the sending station. Trust this station and import?</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Perubahan belum terkirim</source>
        <translation>Unsent changes</translation>
    </message>
    <message>
        <source>Terakhir berhasil</source>
        <translation>Last success</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Sinkronkan otomatis di latar belakang</source>
        <translation>Sync automatically in the background</translation>
    </message>
    <message>
        <source>Pasangkan dengan hub</source>
        <translation>Pair with hub</translation>
    </message>
    <message>
        <source>&amp;Alamat hub</source>
        <translation>Hub &amp;address</translation>
    </message>
    <message>
        <source>https://192.168.1.10:8765 atau isi kode QR pemasangan</source>
        <translation>https://192.168.1.10:8765 or the pairing QR code text</translation>
    </message>
    <message>
        <source>&amp;Kode pemasangan</source>
        <translation>Pairing &amp;code</translation>
    </message>
    <message>
        <source>XXXX-XXXX, tampil di laptop hub</source>
        <translation>XXXX-XXXX, shown on the hub laptop</translation>
    </message>
    <message>
        <source>opsional; tampil di laptop hub di bawah kode QR</source>
        <translation>optional; shown on the hub laptop under the QR code</translation>
    </message>
    <message>
        <source>Hub di laptop ini</source>
        <translation>Hub on this laptop</translation>
    </message>
    <message>
        <source>Jadikan laptop ini hub: meja lain memindai kode QR pemasangan di sini (atau mengetik kodenya) dan mengirim datanya ke laptop ini lewat jaringan lokal.</source>
        <translation>Make this laptop the hub: other desks scan the pairing QR code shown here (or type its code) and send their data to this laptop over the local network.</translation>
    </message>
    <message>
        <source>Kode &amp;baru</source>
        <translation>&amp;New code</translation>
    </message>
    <message>
        <source>Buat kode pemasangan sekali pakai yang baru (berlaku 15 menit)</source>
        <translation>Make a new single-use pairing code (valid 15 minutes)</translation>
    </message>
    <message>
        <source>Kode QR pemasangan</source>
        <translation>Pairing QR code</translation>
    </message>
    <message>
        <source>Stasiun terdaftar</source>
        <translation>Registered stations</translation>
    </message>
    <message>
        <source>Stasiun terdaftar di hub ini</source>
        <translation>Stations registered at this hub</translation>
    </message>
    <message>
        <source>&amp;Nama stasiun</source>
        <translation>Station &amp;name</translation>
    </message>
    <message>
        <source>mis. Meja 2</source>
        <translation>e.g. Desk 2</translation>
    </message>
    <message>
        <source>Sidik &amp;jari TLS</source>
        <translation>TLS &amp;fingerprint</translation>
    </message>
    <message>
        <source>&amp;Pasangkan</source>
        <translation>&amp;Pair</translation>
    </message>
    <message>
        <source>Bundel luring (USB, tanpa jaringan)</source>
        <translation>Offline bundle (USB, no network)</translation>
    </message>
    <message>
        <source>Ekspor semua data acara terpilih ke satu berkas bertanda tangan, bawa dengan USB, lalu impor di stasiun lain. Impor berulang tidak menggandakan data.</source>
        <translation>Export all data of the selected event to one signed file, carry it on USB, then import it on another station. Importing again does not duplicate data.</translation>
    </message>
    <message>
        <source>Kata &amp;sandi (opsional)</source>
        <translation>Pass&amp;word (optional)</translation>
    </message>
    <message>
        <source>&amp;Ekspor bundel acara…</source>
        <translation>&amp;Export event bundle…</translation>
    </message>
    <message>
        <source>&amp;Impor bundel…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Menyinkronkan dengan hub…</source>
        <translation>Syncing with hub…</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Terdaftar di hub</source>
        <translation>Enrolled at the hub</translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Tersinkron</source>
        <translation>In sync</translation>
    </message>
    <message>
        <source>Gagal sinkron</source>
        <translation>Sync failed</translation>
    </message>
</context>
<context>
    <name>TemplateCanvas</name>
    <message>
        <source>Pratinjau sertifikat</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <source>Memperbarui pratinjau…</source>
        <translation>Updating preview…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Gambar latar (A4 melintang)</source>
        <translation>Background image (A4 landscape)</translation>
    </message>
    <message>
        <source>Gambar (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Logo penyelenggara</source>
        <translation>Organizer logo</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Pratinjau gagal: {0}</source>
        <translation>Preview failed: {0}</translation>
    </message>
    <message>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Templat tidak dapat disimpan: {0}</source>
        <translation>The template could not be saved: {0}</translation>
    </message>
    <message>
        <source>Templat &apos;{0}&apos; disimpan untuk acara ini.</source>
        <translation>Template &apos;{0}&apos; saved for this event.</translation>
    </message>
    <message>
        <source>Latar</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Pilih gambar latar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Pilih logo penyelenggara…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Huruf</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Ukuran (pt)</source>
        <translation>Size (pt)</translation>
    </message>
    <message>
        <source>Seret isian pada pratinjau untuk memindahkannya.</source>
        <translation>Drag fields on the preview to move them.</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai templat acara</source>
        <translation>Sa&amp;ve as event template</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Panduan pengguna Ikrar</source>
        <translation>Ikrar user guide</translation>
    </message>
    <message>
        <source>← &amp;Kembali</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Awal panduan</source>
        <translation>&amp;Guide start</translation>
    </message>
    <message>
        <source>Panduan tidak ditemukan di %1.</source>
        <translation>The guide was not found at %1.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Sertifikat dalam berkas</source>
        <translation>Certificates in the file</translation>
    </message>
    <message>
        <source>Buka sertifikat</source>
        <translation>Open certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificates (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 sertifikat dalam berkas ini: %2 sah. Pilih satu untuk rinciannya.</source>
        <translation>%1 certificates in this file: %2 valid. Pick one for its details.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal; rincian ada di log.</source>
        <translation>The check failed; details are in the log.</translation>
    </message>
    <message>
        <source>✔ SERTIFIKAT SAH</source>
        <translation>✔ CERTIFICATE VALID</translation>
    </message>
    <message>
        <source>✘ TIDAK SAH — DICABUT</source>
        <translation>✘ NOT VALID — REVOKED</translation>
    </message>
    <message>
        <source>✘ TIDAK SAH — PALSU ATAU DIUBAH</source>
        <translation>✘ NOT VALID — FORGED OR ALTERED</translation>
    </message>
    <message>
        <source>✘ TIDAK SAH — PENERBIT TIDAK DIKENAL</source>
        <translation>✘ NOT VALID — UNKNOWN ISSUER</translation>
    </message>
    <message>
        <source>✘ TIDAK SAH — KODE RUSAK</source>
        <translation>✘ NOT VALID — DAMAGED CODE</translation>
    </message>
    <message>
        <source>✘ TIDAK SAH</source>
        <translation>✘ NOT VALID</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Verifikasi sertifikat</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <source>Pindai kode QR sertifikat dengan pemindai (diakhiri Enter), tempel tautan atau token, atau buka berkas PDF/PNG.</source>
        <translation>Scan the certificate QR code with a scanner (ending in Enter), paste a link or token, or open a PDF/PNG file.</translation>
    </message>
    <message>
        <source>HTTPS://…/V/… atau token</source>
        <translation>HTTPS://…/V/… or token</translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Buka &amp;berkas…</source>
        <translation>Open &amp;file…</translation>
    </message>
    <message>
        <source>Belum ada yang diperiksa.</source>
        <translation>Nothing checked yet.</translation>
    </message>
    <message>
        <source>Pemegang</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Otomatis (dari NIP/NRP dan instansi)</source>
        <translation>Automatic (from NIP/NRP and institution)</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Catat hadir %1</source>
        <translation>Check in %1</translation>
    </message>
    <message>
        <source>Tidak tersimpan karena kesalahan tak terduga; rincian ada di log.</source>
        <translation>Not saved because of an unexpected error; details are in the log.</translation>
    </message>
    <message>
        <source>Peserta datang langsung</source>
        <translation>Walk-in participant</translation>
    </message>
    <message>
        <source>Daftarkan peserta yang tidak ada di daftar undangan. Data diperiksa sama seperti saat impor.</source>
        <translation>Register a participant who is not on the invitation list. The data is checked the same way as on import.</translation>
    </message>
    <message>
        <source>&amp;Nama lengkap*</source>
        <translation>Full &amp;name*</translation>
    </message>
    <message>
        <source>dengan gelar, mis. Drs. Yohanes B. Nggadas, M.Si.</source>
        <translation>with titles, e.g. Drs. Yohanes B. Nggadas, M.Si.</translation>
    </message>
    <message>
        <source>&amp;Kategori</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>N&amp;IP / NI PPPK</source>
        <translation>N&amp;IP / NI PPPK</translation>
    </message>
    <message>
        <source>18 angka, spasi boleh</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <source>N&amp;RP</source>
        <translation>N&amp;RP</translation>
    </message>
    <message>
        <source>TNI/Polri</source>
        <translation>TNI/Polri</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>hanya bila perlu (kepala/perangkat desa)</source>
        <translation>only if needed (village heads/officials)</translation>
    </message>
    <message>
        <source>&amp;Jabatan/pangkat</source>
        <translation>&amp;Position/rank</translation>
    </message>
    <message>
        <source>&amp;Instansi/unit kerja</source>
        <translation>Instit&amp;ution/work unit</translation>
    </message>
    <message>
        <source>No. &amp;HP</source>
        <translation>&amp;Mobile no.</translation>
    </message>
    <message>
        <source>Langsung catat &amp;hadir</source>
        <translation>Check in right &amp;away</translation>
    </message>
    <message>
        <source>Catat hadir peserta &amp;terdaftar</source>
        <translation>Check in the registered par&amp;ticipant</translation>
    </message>
</context>
<context>
    <name>WebcamScanner</name>
    <message>
        <source>Arahkan kode QR undangan ke kamera.</source>
        <translation>Hold the invitation QR code up to the camera.</translation>
    </message>
    <message>
        <source>Modul kamera (QtMultimedia dari PySide6-Addons) tidak terpasang. Gunakan pemindai QR atau ketik kode undangan.</source>
        <translation>The camera module (QtMultimedia from PySide6-Addons) is not installed. Use a QR scanner or type the invitation code.</translation>
    </message>
    <message>
        <source>Tidak ada kamera terdeteksi. Sambungkan kamera, atau gunakan pemindai QR.</source>
        <translation>No camera detected. Connect a camera, or use a QR scanner.</translation>
    </message>
    <message>
        <source>Kamera bermasalah: %1</source>
        <translation>Camera problem: %1</translation>
    </message>
    <message>
        <source>Kode terbaca: %1</source>
        <translation>Code read: %1</translation>
    </message>
    <message>
        <source>Pindai QR dengan kamera</source>
        <translation>Scan QR with camera</translation>
    </message>
    <message>
        <source>Kamera belum aktif.</source>
        <translation>Camera not active yet.</translation>
    </message>
    <message>
        <source>Pilih kamera</source>
        <translation>Select camera</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
</TS>
