<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <source>Contoh: %1</source>
        <translation>Example: %1</translation>
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
        <source>&amp;Tambah pejabat</source>
        <translation>&amp;Add official</translation>
    </message>
    <message>
        <source>&amp;Hapus pejabat</source>
        <translation>Re&amp;move official</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
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
</TS>
