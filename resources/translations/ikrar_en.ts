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
    <name>CertificatesPage</name>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
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
        <source>Belum ada peserta yang berhak.</source>
        <translation>No eligible participants yet.</translation>
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
        <source>Belum ada acara dipilih. Pilih acara di halaman Acara.</source>
        <translation>No event selected. Select one on the Event page.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tanda tangan pejabat&lt;/b&gt; — naskah deklarasi kolektif dan dokumen yang ditandatanganinya (daftar hadir, sertifikat, undangan):</source>
        <translation>&lt;b&gt;Officials&apos; signatures&lt;/b&gt; — the collective declaration and the documents each official signs (attendance list, certificates, invitations):</translation>
    </message>
    <message>
        <source>Tanda tangani yang dipilih</source>
        <translation>Sign the selected item</translation>
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
        <source>Hanya ada satu layar: atur PIN penyelenggara dulu (tab Bukti) agar petugas dapat mengakhiri mode kiosk dari layar kiosk.</source>
        <translation>There is only one screen: set the organizer PIN first (Evidence tab) so staff can end kiosk mode from the kiosk screen.</translation>
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
        <source>Mode kiosk aktif di layar %1. Pilih peserta lalu tekan Tanda tangani.</source>
        <translation>Kiosk mode is on (screen %1). Select a participant, then press Sign.</translation>
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
        <source>Tersimpan sebagai versi baru %1 (versi %2 sudah ditandatangani dan tetap tersimpan).</source>
        <translation>Saved as new version %1 (version %2 has signatures and is kept).</translation>
    </message>
    <message>
        <source>Naskah tersimpan.</source>
        <translation>Text saved.</translation>
    </message>
    <message>
        <source>Membuat %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>Pembuatan dokumen dihentikan.</source>
        <translation>Document creation stopped.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis; mungkin sedang dibuka di aplikasi lain.</source>
        <translation>The file cannot be written; it may be open in another application.</translation>
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
        <source>PIN penyelenggara tersimpan.</source>
        <translation>Organizer PIN saved.</translation>
    </message>
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
        <source>Cari nama, NIP/NRP, atau instansi…</source>
        <translation>Search name, NIP/NRP or institution…</translation>
    </message>
    <message>
        <source>Tanda tangani peserta terpilih</source>
        <translation>Sign for selected participant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Naskah deklarasi kolektif&lt;/b&gt; — ditandatangani para pejabat secara bergantian:</source>
        <translation>&lt;b&gt;Collective declaration text&lt;/b&gt; — signed by the officials in turn:</translation>
    </message>
    <message>
        <source>Tanda tangani naskah kolektif</source>
        <translation>Sign the collective text</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Perlu perhatian (ditolak dan peringatan)</source>
        <translation>Needs attention (rejected and warnings)</translation>
    </message>
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
        <source>Judul kolom ditemukan di baris %1; %2 baris data.</source>
        <translation>Column headers found in row %1; %2 data rows.</translation>
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
        <source>Pilih kolom yang berisi Nama peserta.</source>
        <translation>Choose the column that holds the participant Name.</translation>
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
    <name>KioskWindow</name>
    <message>
        <source>Ikrar — Penandatanganan</source>
        <translation>Ikrar — Signing</translation>
    </message>
    <message>
        <source>Petugas: akhiri mode kiosk</source>
        <translation>Staff: end kiosk mode</translation>
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
        <source>Berkas logo terlalu besar (paling besar 5 MB).</source>
        <translation>The logo file is too large (5 MB at most).</translation>
    </message>
    <message>
        <source>Berkas logo tidak dapat dibaca.</source>
        <translation>The logo file cannot be read.</translation>
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
        <source>hub tidak terjangkau</source>
        <translation>hub unreachable</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
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
        <source>Format nomor sertifikat tidak valid. Gunakan {seq:03d}, {org}, {month_roman}, {month}, {year}, {station}.</source>
        <translation>The certificate number format is not valid. Use {seq:03d}, {org}, {month_roman}, {month}, {year}, {station}.</translation>
    </message>
    <message>
        <source>Nama dan jabatan pejabat penandatangan wajib diisi.</source>
        <translation>Each signing official needs a name and a position.</translation>
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
        <source>belum dipasangkan</source>
        <translation>not paired</translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
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
        <source>Isi alamat hub dan kode pemasangan dari &apos;ikrar hub pair&apos;.</source>
        <translation>Enter the hub address and the pairing code from &apos;ikrar hub pair&apos;.</translation>
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
        <source>XXXX-XXXX dari &apos;ikrar hub pair&apos;</source>
        <translation>XXXX-XXXX from &apos;ikrar hub pair&apos;</translation>
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
        <source>untuk hub HTTPS (ditampilkan oleh &apos;ikrar hub pair&apos;)</source>
        <translation>for an HTTPS hub (shown by &apos;ikrar hub pair&apos;)</translation>
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
    <name>VerifyPage</name>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Verification result</translation>
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
