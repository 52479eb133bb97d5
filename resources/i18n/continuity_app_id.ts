<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>About</name>
    <message>
        <location filename="../../continuity_app/gui/about.py" line="+23"/>
        <source>Plans for WhatsApp and Meta outages: what they cost, which channels keep you working, and a printable continuity plan. Works offline: nothing you enter leaves this computer.</source>
        <translation>Perencanaan menghadapi gangguan WhatsApp dan Meta: berapa kerugiannya, saluran mana yang membuat usaha Anda tetap berjalan, dan rencana kelangsungan usaha yang siap dicetak. Berjalan tanpa internet: data yang Anda masukkan tidak pernah keluar dari komputer ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference data: %1 outages, %2 channels and %3 countries, each figure with its source and confidence (see the Sources page).</source>
        <translation>Data rujukan: %1 gangguan, %2 saluran, dan %3 negara, setiap angka dengan sumber dan tingkat keyakinannya (lihat halaman Sumber).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licences: this application, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy and pandas, BSD-style. pydantic, MIT. Bundled fonts, SIL Open Font License.</source>
        <translation>Lisensi: aplikasi ini, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy, dan pandas, gaya BSD. pydantic, MIT. Font yang disertakan, SIL Open Font License.</translation>
    </message>
</context>
<context>
    <name>AfterAction</name>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+100"/>
        <source>After-action report of the exercise</source>
        <translation>Laporan evaluasi latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report of the outage</source>
        <translation>Laporan evaluasi gangguan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} at {time} UTC</source>
        <translation>{day} pukul {time} UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Lama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise script</source>
        <translation>Skrip latihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan</source>
        <translation>Waktu dibandingkan rencana</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>What</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The plan</source>
        <translation>Menurut rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was missing</source>
        <translation>Yang terlewat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step of the plan was done.</source>
        <translation>Semua langkah rencana sudah dilakukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks</source>
        <translation>Tugas tindak lanjut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the action plan when the review is recorded; readiness stays as the plan holds it until a task is marked done.</source>
        <translation>Ditambahkan ke rencana aksi saat evaluasi dicatat; kesiapan tetap seperti yang tercatat di rencana sampai tugasnya ditandai selesai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up task: no switch was missed.</source>
        <translation>Tidak ada tugas tindak lanjut: tidak ada peralihan yang terlewat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was logged.</source>
        <translation>Tidak ada yang dicatat di log.</translation>
    </message>
</context>
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../../continuity_app/core/behaviour.py" line="+65"/>
        <source>how long its customers wait ({value})</source>
        <translation>berapa lama pelanggannya mau menunggu ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share who come back later ({value})</source>
        <translation>porsi yang kembali kemudian ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share lost for good ({value})</source>
        <translation>porsi yang hilang selamanya ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share that cannot wait ({value})</source>
        <translation>porsi yang tidak bisa menunggu ({value})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{function}” uses assumed values that no study measures: {values}. Enter what you know of your customers on the Functions page.</source>
        <translation>“{function}” memakai nilai asumsi yang belum diukur oleh studi mana pun: {values}. Isi apa yang Anda ketahui tentang pelanggan Anda di halaman Kegiatan.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+217"/>
        <location line="+9"/>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The exchange rate to the US dollar, to price SMS and other channels.</source>
        <translation>Kurs terhadap dolar AS, untuk menghitung biaya SMS dan saluran lain.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+70"/>
        <source>Where your customers are</source>
        <translation>Lokasi pelanggan Anda</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+132"/>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+67"/>
        <source>What the business can bear</source>
        <translation>Yang sanggup ditanggung usaha</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+7"/>
        <source>Model settings</source>
        <translation>Pengaturan model</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-14"/>
        <source>Share of the people you message in each country; the shares decide which fallback channels reach them and must add up to 100%.</source>
        <translation>Porsi orang yang Anda kirimi pesan di setiap negara; porsi ini menentukan saluran cadangan mana yang menjangkau mereka, dan jumlahnya harus 100%.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.</source>
        <translation>Jam seperti 09:00-13:00, 17:00-21:00; kosongkan hari saat tutup.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+3"/>
        <source>{term} for each activity: the share of its customers you must still serve during an outage, and how soon. 0 means no minimum.</source>
        <translation>{term} untuk setiap kegiatan: porsi pelanggannya yang harus tetap Anda layani selama gangguan, dan seberapa cepat. 0 berarti tanpa minimum.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+4"/>
        <location line="+50"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+60"/>
        <source>Share (%)</source>
        <translation>Porsi (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-16"/>
        <source>Country mix</source>
        <translation>Sebaran negara</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="-57"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Tambah negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>Hapus negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected country</source>
        <translation>Hapus negara yang dipilih</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+9"/>
        <source>Function</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+41"/>
        <source>Minimum served (%)</source>
        <translation>Minimum dilayani (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Within (h)</source>
        <translation>Dalam (jam)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+6"/>
        <source>Minimum service per function</source>
        <translation>Layanan minimum per kegiatan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+4"/>
        <source>Revenue (what customers would have paid)</source>
        <translation>Pendapatan (yang seharusnya dibayar pelanggan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin (revenue × gross margin)</source>
        <translation>Margin (pendapatan × margin kotor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>mis. Toko Roti Al-Zaytouna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>mis. toko roti, klinik, toko online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-148"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure.</source>
        <translation>Ketik satu angka, atau rendah – kemungkinan – tinggi (mis. 40 – 55 – 70) jika ragu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business this plan is for.</source>
        <translation>Usaha yang menjadi subjek rencana ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sector</source>
        <translation>&amp;Bidang usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the business does, in a few words.</source>
        <translation>Bidang usaha Anda, dalam beberapa kata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every amount in the plan is in this currency.</source>
        <translation>Semua jumlah uang dalam rencana memakai mata uang ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 per US &amp;dollar</source>
        <translation>%1 per &amp;dolar AS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many %1 one US dollar buys; prices channels that charge in dollars (SMS, business messaging). Leave empty if you do not know it.</source>
        <translation>Berapa %1 untuk satu dolar AS; dipakai untuk saluran yang bertarif dolar (SMS, layanan pesan bisnis). Kosongkan jika Anda tidak tahu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;taff</source>
        <translation>&amp;Karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who work in the business, owner included.</source>
        <translation>Orang yang bekerja di usaha ini, termasuk pemilik.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff cost per &amp;hour (%1)</source>
        <translation>Biaya karyawan per &amp;jam (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an hour of one person&apos;s work costs, wages and charges included.</source>
        <translation>Biaya satu jam kerja satu orang, termasuk gaji dan tunjangan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gross &amp;margin (%)</source>
        <translation>Margin k&amp;otor (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of revenue left after the cost of goods; used when losses are counted as lost margin.</source>
        <translation>Porsi pendapatan yang tersisa setelah harga pokok barang; dipakai jika kerugian dihitung sebagai margin yang hilang.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer &amp;lifetime value (%1)</source>
        <translation>Nilai seumur &amp;hidup pelanggan (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a customer brings over all future purchases; lost when a customer leaves for good.</source>
        <translation>Nilai semua pembelian seorang pelanggan di masa depan; hilang jika pelanggan pergi selamanya.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{term} ({currency})</source>
        <translation>{term} ({currency})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How soon into an outage the minimum must be served, in hours.</source>
        <translation>Berapa jam setelah gangguan dimulai layanan minimum harus sudah terlayani.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outage to plan for</source>
        <translation>Gangguan yang diantisipasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of outage whose cost, hour after hour, is compared with the largest loss you can bear: it sets the longest outage you can bear.</source>
        <translation>Jenis gangguan yang biayanya, jam demi jam, dibandingkan dengan kerugian terbesar yang sanggup Anda tanggung: gangguan inilah yang menentukan gangguan terlama yang sanggup Anda tanggung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More years give steadier figures and take longer.</source>
        <translation>Makin banyak tahun, makin stabil angkanya, tetapi hitungannya makin lama.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+73"/>
        <source>Amounts are not converted: the staff cost, what each activity is worth and the largest loss you can bear keep their numbers: check that they are right in %1.</source>
        <translation>Jumlah uang tidak dikonversi: biaya karyawan, nilai setiap kegiatan, dan kerugian terbesar yang sanggup Anda tanggung tetap memakai angka yang sama: pastikan angkanya benar dalam %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>type how many units of the plan&apos;s currency one US dollar buys (above 0), or leave it empty.</source>
        <translation>ketik berapa unit mata uang rencana yang didapat dengan satu dolar Amerika Serikat (di atas 0), atau biarkan kosong.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-27"/>
        <source>Count losses as</source>
        <translation>Hitung kerugian sebagai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue shows what customers would have paid; margin what you keep.</source>
        <translation>Pendapatan menunjukkan yang seharusnya dibayar pelanggan; margin, yang menjadi keuntungan Anda.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="-89"/>
        <source>Opening hours on %1, like 09:00-13:00, 17:00-21:00.</source>
        <translation>Jam buka pada hari %1, seperti 09:00-13:00, 17:00-21:00.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>give the business a name (up to 200 characters).</source>
        <translation>beri nama usaha (maksimal 200 karakter).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type a percentage from 0 to 100, or low – likely – high in that order.</source>
        <translation>ketik persentase dari 0 sampai 100, atau rendah – kemungkinan – tinggi sesuai urutan itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type an amount of 0 or more, or low – likely – high in that order.</source>
        <translation>ketik jumlah 0 atau lebih, atau rendah – kemungkinan – tinggi sesuai urutan itu.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>write times like 09:00-13:00, 17:00-21:00, each ending after it starts.</source>
        <translation>tulis jam seperti 09:00-13:00, 17:00-21:00, masing-masing berakhir setelah dimulai.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+66"/>
        <source>Total: %1%</source>
        <translation>Total: %1%</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+32"/>
        <source>%1 is listed twice.</source>
        <translation>%1 tercantum dua kali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every country a share above 0%, or remove it.</source>
        <translation>Beri setiap negara porsi di atas 0%, atau hapus negara itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares add up to %1%; they must add up to 100%.</source>
        <translation>Jumlah porsi %1%; jumlahnya harus 100%.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+106"/>
        <source>The first scenario (%1)</source>
        <translation>Skenario pertama (%1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+58"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum served for %1</source>
        <translation>Minimum dilayani untuk %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Within hours for %1</source>
        <translation>Batas jam untuk %1</translation>
    </message>
</context>
<context>
    <name>ChannelMix</name>
    <message>
        <location filename="../../continuity_app/gui/models/channel_mix_model.py" line="+77"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>Porsi (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/channel_mix_box.py" line="+73"/>
        <source>Channels of the selected function</source>
        <translation>Saluran kegiatan yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove channel</source>
        <translation>Hapus saluran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel from the mix</source>
        <translation>Hapus saluran yang dipilih dari sebaran saluran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a channel to the mix</source>
        <translation>Tambahkan saluran ke sebaran saluran</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels of {name}</source>
        <translation>Saluran {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other channels, which none of the plan&apos;s outages reaches (in person, by phone or elsewhere): {share}</source>
        <translation>Saluran lain, yang tidak terkena gangguan mana pun dalam rencana (datang langsung, lewat telepon, atau cara lain): {share}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every outage of the plan cuts off {share} of these interactions.</source>
        <translation>Setiap gangguan dalam rencana memutus {share} dari interaksi ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} in {outages}</source>
        <translation>{share} saat {outages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut off: {parts}.</source>
        <translation>Terputus: {parts}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a channel…</source>
        <translation>Tambah saluran…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../continuity_app/report/chart_style.py" line="+137"/>
        <source>+ %n more, with smaller losses</source>
        <translation>
            <numerusform>+ %n lainnya, dengan kerugian lebih kecil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Outage duration</source>
        <translation>Lama gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per outage</source>
        <translation>Kerugian per gangguan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>15 min</source>
        <translation>15 menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 h</source>
        <translation>6 jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 minggu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} ({share})</source>
        <translation>{amount} ({share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} (&lt;{share})</source>
        <translation>{amount} (&lt;{share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {amount}</source>
        <translation>{name}: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest bearable loss per outage {amount}</source>
        <translation>Kerugian terbesar yang sanggup ditanggung per gangguan {amount}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loss in this outage</source>
        <translation>Kerugian dalam gangguan ini</translation>
    </message>
    <message numerus="yes">
        <location line="-138"/>
        <source>%n other function(s)</source>
        <translation>
            <numerusform>%n kegiatan lain</numerusform>
        </translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Largest bearable loss {amount}</source>
        <translation>Kerugian terbesar yang sanggup ditanggung {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage {duration}</source>
        <translation>Gangguan terlama yang sanggup ditanggung {duration}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss in a year</source>
        <translation>Kerugian dalam setahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance a year loses more</source>
        <translation>Peluang kerugian setahun lebih besar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hour of day</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loss</source>
        <translation>Tidak ada kerugian</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/chart_view.py" line="+61"/>
        <source>Export chart as PNG…</source>
        <translation>Ekspor grafik sebagai PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as SVG…</source>
        <translation>Ekspor grafik sebagai SVG…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>Grafik tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/__init__.py" line="+64"/>
        <source>Unknown date order {order}: use dmy, mdy or ymd.</source>
        <translation>Urutan tanggal {order} tidak dikenal: gunakan dmy, mdy, atau ymd.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="+210"/>
        <source>{what} is empty: there is nothing to import.</source>
        <translation>{what} kosong: tidak ada yang bisa diimpor.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This JSON file is not a Telegram Desktop export (it is a list, not an export object). Export the chat from Telegram Desktop as JSON.</source>
        <translation>Berkas JSON ini bukan ekspor Telegram Desktop (isinya daftar, bukan objek ekspor). Ekspor chat dari Telegram Desktop dalam format JSON.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{what} is larger than {limit}, far more than any chat export: it is not imported. Export a single chat (WhatsApp: Export chat, without media; Telegram Desktop: Export chat history of one chat) and import that file.</source>
        <translation>{what} lebih besar dari {limit}, jauh melebihi ekspor chat mana pun: berkas ini tidak diimpor. Ekspor satu chat saja (WhatsApp: Ekspor chat, tanpa media; Telegram Desktop: Export chat history untuk satu chat) lalu impor berkas itu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} looks like a zip file but is damaged and cannot be read. Export the chat again, or unpack the zip and import the .txt file inside.</source>
        <translation>{name} tampak seperti berkas zip tetapi rusak dan tidak dapat dibaca. Ekspor lagi chat-nya, atau ekstrak zip tersebut lalu impor berkas .txt di dalamnya.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path} is not a regular file (it is a pipe, a device or a socket): choose the exported chat file itself.</source>
        <translation>{path} bukan berkas biasa (melainkan pipe, perangkat, atau soket): pilih berkas chat hasil ekspor itu sendiri.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{what} is a binary file, not a chat export. Choose the .txt or .zip file WhatsApp&apos;s &quot;Export chat&quot; produced, or a Telegram Desktop JSON export.</source>
        <translation>{what} adalah berkas biner, bukan ekspor chat. Pilih berkas .txt atau .zip hasil &quot;Ekspor chat&quot; WhatsApp, atau ekspor JSON dari Telegram Desktop.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{what} is not UTF-8 text: line {line} has bytes that are not UTF-8. Re-export the chat, or save the file as UTF-8 and import it again.</source>
        <translation>{what} bukan teks UTF-8: baris {line} berisi byte yang bukan UTF-8. Ekspor ulang chat-nya, atau simpan berkas sebagai UTF-8 lalu impor lagi.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>{name} adalah ekspor Instagram atau Messenger dalam format HTML, yang tidak memuat waktu yang persis. Ekspor ulang percakapan dari Instagram atau Facebook (Pusat Akun &gt; Informasi dan izin Anda &gt; Unduh informasi Anda, format JSON).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The zip file {name} contains no chat text file (.txt), only %n other file(s) ({kinds}). Export the chat from WhatsApp again (&quot;Export chat&quot;), or import the .txt file.</source>
        <translation>
            <numerusform>Berkas zip {name} tidak berisi berkas teks chat (.txt), hanya %n berkas lain ({kinds}). Ekspor lagi chat dari WhatsApp (&quot;Ekspor chat&quot;), atau impor berkas .txt-nya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is protected by a password. Unpack it with your archive tool and import the chat .txt file inside, or export the chat again without a password.</source>
        <translation>{name} dilindungi kata sandi. Ekstrak dengan aplikasi pengarsip Anda lalu impor berkas .txt chat di dalamnya, atau ekspor lagi chat-nya tanpa kata sandi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} would unpack to {ratio} times its packed size, far more than text ever compresses: it is a zip bomb or a damaged archive, and is not opened. Export the chat again.</source>
        <translation>Bila diekstrak, {name} akan menjadi {ratio} kali ukuran terkompresinya, jauh melebihi kompresi teks mana pun: ini bom zip atau arsip yang rusak, jadi tidak dibuka. Ekspor lagi chat-nya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} lists more files than any chat export (its list of file names alone is {size}): it is not opened. Unpack it and import the chat .txt file inside.</source>
        <translation>{name} memuat lebih banyak berkas daripada ekspor chat mana pun (daftar nama berkasnya saja {size}): berkas ini tidak dibuka. Ekstrak lalu impor berkas .txt chat di dalamnya.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File not found: {path}.</source>
        <translation>Berkas tidak ditemukan: {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder: choose the exported chat file inside it.</source>
        <translation>{path} adalah folder: pilih berkas ekspor chat di dalamnya.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+241"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="+533"/>
        <source>{member} in {archive}</source>
        <translation>{member} di dalam {archive}</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+273"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-43"/>
        <source>The file {name}</source>
        <translation>Berkas {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/errors.py" line="+12"/>
        <source>{orders} or {order}</source>
        <translation>{orders} atau {order}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell whether the dates in this export are {orders}: no day is above 12 and both readings keep time moving forward equally well. Choose the date order (CLI: --date-order {choices}).</source>
        <translation>Tidak dapat dipastikan apakah tanggal dalam ekspor ini ditulis {orders}: tidak ada hari di atas 12 dan kedua cara baca sama-sama membuat waktu berjalan maju. Pilih urutan tanggalnya (CLI: --date-order {choices}).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{business} is not an author in this chat, which has %n author(s). Import it without a business to see them (as pseudonyms), then name the business exactly as the export writes it.</source>
        <translation>
            <numerusform>{business} bukan pengirim dalam chat ini, yang memiliki %n pengirim. Impor tanpa menyebut usaha untuk melihat para pengirim (sebagai nama samaran), lalu tulis nama usaha persis seperti yang tertulis di ekspor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s). Import it without choosing a chat to read them all together.</source>
        <translation>
            <numerusform>Tidak ada chat bernama {chat} dalam ekspor Telegram ini, yang berisi %n chat. Impor tanpa memilih chat untuk membaca semuanya sekaligus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This export has more than {limit} different authors, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Ekspor ini memiliki lebih dari {limit} pengirim berbeda, jauh melebihi chat mana pun: ekspor ini tidak diimpor. Ekspor satu chat saja lalu impor berkas itu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This export has messages on more than {limit} different days, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Ekspor ini berisi pesan pada lebih dari {limit} hari berbeda, jauh melebihi chat mana pun: ekspor ini tidak diimpor. Ekspor satu chat saja lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/stats.py" line="+311"/>
        <source>The dates cannot be read as {order}: {date} is not a valid date in that order. Choose another date order or let it be detected.</source>
        <translation>Tanggal tidak dapat dibaca sebagai {order}: {date} bukan tanggal yang sah dalam urutan itu. Pilih urutan tanggal lain atau biarkan aplikasi mendeteksinya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates in this export are not valid day-month-year or month-day-year dates (e.g. {example}). Is this really a chat export?</source>
        <translation>Tanggal dalam ekspor ini bukan tanggal hari-bulan-tahun atau bulan-hari-tahun yang sah (mis. {example}). Apakah ini benar-benar ekspor chat?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export contains no messages.</source>
        <translation>Ekspor ini tidak berisi pesan.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="-84"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+42"/>
        <source>This JSON file is nested too deeply to be a Telegram Desktop export. Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>Berkas JSON ini bersarang terlalu dalam untuk sebuah ekspor Telegram Desktop. Ekspor ulang chat dari Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed JSON ({detail}). Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>JSON rusak ({detail}). Ekspor ulang chat dari Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON file is not a Telegram Desktop export: it has no &quot;messages&quot; list. Export the chat from Telegram Desktop as JSON.</source>
        <translation>Berkas JSON ini bukan ekspor Telegram Desktop: tidak ada daftar &quot;messages&quot;. Ekspor chat dari Telegram Desktop dalam format JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This JSON file has more than {limit} message lists, far more chats than any Telegram account: it is not imported. Export a single chat from Telegram Desktop and import that file.</source>
        <translation>Berkas JSON ini memiliki lebih dari {limit} daftar pesan, jauh lebih banyak chat daripada akun Telegram mana pun: berkas ini tidak diimpor. Ekspor satu chat saja dari Telegram Desktop lalu impor berkas itu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file ends inside a &quot;messages&quot; list</source>
        <translation>berkas berakhir di tengah daftar &quot;messages&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One message in this JSON file is larger than {limit}, far more than any Telegram message: the file is damaged or not a Telegram Desktop export. Export the chat again.</source>
        <translation>Satu pesan dalam berkas JSON ini lebih besar dari {limit}, jauh melebihi pesan Telegram mana pun: berkas ini rusak atau bukan ekspor Telegram Desktop. Ekspor lagi chat-nya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-405"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s). Import it without choosing one to read them all together.</source>
        <translation>
            <numerusform>Tidak ada percakapan bernama {chat} dalam ekspor Instagram atau Messenger ini, yang berisi %n percakapan. Impor tanpa memilih percakapan untuk membaca semuanya sekaligus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>Ekspor ulang percakapan dari Instagram atau Facebook (Pusat Akun &gt; Informasi dan izin Anda &gt; Unduh informasi Anda, format JSON).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is not readable JSON ({detail}). {reexport}</source>
        <translation>{what} bukan JSON yang dapat dibaca ({detail}). {reexport}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>nested too deeply</source>
        <translation>bersarang terlalu dalam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One message in {what} is larger than {limit}, far more than any Instagram or Messenger message: the file is damaged. {reexport}</source>
        <translation>Satu pesan dalam {what} lebih besar dari {limit}, jauh melebihi pesan Instagram atau Messenger mana pun: berkas ini rusak. {reexport}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+9"/>
        <source>{error} near character {position}</source>
        <translation>{error} di dekat karakter ke-{position}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>the file ends too early</source>
        <translation>berkas berakhir terlalu cepat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} is not an Instagram or Messenger conversation: it has no &quot;messages&quot; list of a Meta export. Choose a message_1.json file, its folder or the export&apos;s zip. {reexport}</source>
        <translation>{what} bukan percakapan Instagram atau Messenger: tidak ada daftar &quot;messages&quot; seperti pada ekspor Meta. Pilih berkas message_1.json, foldernya, atau berkas zip ekspornya. {reexport}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(untitled conversation)</source>
        <translation>(percakapan tanpa judul)</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n message time(s) in {what} are in seconds, where Instagram and Messenger give them in milliseconds: the file was changed after it was exported. {reexport}</source>
        <translation>
            <numerusform>Waktu %n pesan dalam {what} tercatat dalam detik, padahal Instagram dan Messenger mencatatnya dalam milidetik: berkas ini diubah setelah diekspor. {reexport}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>None of the %n message(s) in {what} has a real time (&quot;timestamp_ms&quot;): there is nothing to count. {reexport}</source>
        <translation>
            <numerusform>Tidak satu pun dari %n pesan dalam {what} memiliki waktu yang sebenarnya (&quot;timestamp_ms&quot;): tidak ada yang bisa dihitung. {reexport}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. {reexport}</source>
        <translation>{name} adalah ekspor Instagram atau Messenger dalam format HTML, yang tidak memuat waktu yang persis. {reexport}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This export holds more than {limit} conversation files, more than any inbox: it is not imported. Choose the folder of one conversation instead.</source>
        <translation>Ekspor ini berisi lebih dari {limit} berkas percakapan, melebihi kotak masuk mana pun: ekspor ini tidak diimpor. Sebagai gantinya, pilih folder satu percakapan saja.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} is a folder with no Instagram or Messenger conversation (message_1.json) in it: choose the exported chat file, or the folder of an Instagram or Messenger export.</source>
        <translation>{path} adalah folder yang tidak berisi percakapan Instagram atau Messenger (message_1.json): pilih berkas ekspor chat, atau folder ekspor Instagram atau Messenger.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <source>The export {name}</source>
        <translation>Ekspor {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+99"/>
        <source>None of the %n message(s) in this export has a real date and time (&quot;date&quot; or &quot;date_unixtime&quot;): there is nothing to count. Re-export the chat from Telegram Desktop as machine-readable JSON.</source>
        <translation>
            <numerusform>Tidak satu pun dari %n pesan dalam ekspor ini memiliki tanggal dan jam yang sebenarnya (&quot;date&quot; atau &quot;date_unixtime&quot;): tidak ada yang bisa dihitung. Ekspor ulang chat dari Telegram Desktop sebagai machine-readable JSON.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/whatsapp.py" line="+199"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Berkas kosong: tidak ada yang bisa diimpor.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not a recognised chat export: none of the first %n line(s) starts with a real date and time as in a WhatsApp or Signal export (such as &quot;18/03/2022, 14:56 - Name: text&quot; or &quot;[18/03/2022, 14:56:01] Name: text&quot;). Export the chat from WhatsApp (chat menu &gt; More &gt; Export chat, without media) and import that .txt or .zip file, or a Telegram Desktop JSON export.</source>
        <translation>
            <numerusform>Bukan ekspor chat yang dikenali: tidak satu pun dari %n baris pertama diawali tanggal dan jam yang sebenarnya seperti pada ekspor WhatsApp atau Signal (misalnya &quot;18/03/2022, 14:56 - Nama: teks&quot; atau &quot;[18/03/2022, 14:56:01] Nama: teks&quot;). Ekspor chat dari WhatsApp (menu chat &gt; Lainnya &gt; Ekspor chat, tanpa media) lalu impor berkas .txt atau .zip tersebut, atau ekspor JSON dari Telegram Desktop.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+276"/>
        <source>A date in this export cannot be read: {date}.</source>
        <translation>Ada tanggal dalam ekspor ini yang tidak dapat dibaca: {date}.</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../continuity_app/gui/chat_import_dialog.py" line="+206"/>
        <source>Import chat into %1</source>
        <translation>Impor chat ke %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>reading it failed unexpectedly. Please report this, with the kind of export (WhatsApp, Telegram, Signal, Instagram or Messenger) but not the file itself.</source>
        <translation>pembacaan gagal secara tak terduga. Mohon laporkan hal ini beserta jenis ekspornya (WhatsApp, Telegram, Signal, Instagram, atau Messenger), tetapi jangan sertakan berkasnya.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Measure how many messages %1 really gets, and when, from a chat exported in WhatsApp (Chat › More › Export chat, without media), Telegram Desktop (JSON), Signal, or Instagram and Messenger (Download your information, JSON: a message_1.json file or the export&apos;s zip).</source>
        <translation>Ukur berapa banyak pesan yang benar-benar diterima %1, dan kapan, dari chat yang diekspor di WhatsApp (Chat › Lainnya › Ekspor chat, tanpa media), Telegram Desktop (JSON), Signal, atau Instagram dan Messenger (Unduh informasi Anda, JSON: berkas message_1.json atau berkas zip ekspornya).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat export:</source>
        <translation>Ekspor chat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Belum ada berkas dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen chat export</source>
        <translation>Ekspor chat yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a chat export file</source>
        <translation>Pilih berkas ekspor chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates could be read two ways: which is right?</source>
        <translation>Tanggal bisa dibaca dengan dua cara: mana yang benar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day first (31/12/2024)</source>
        <translation>&amp;Hari dulu (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2024)</source>
        <translation>&amp;Bulan dulu (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year first (2024/12/31)</source>
        <translation>&amp;Tahun dulu (2024/12/31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business is:</source>
        <translation>&amp;Usaha adalah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which author is the business</source>
        <translation>Pengirim mana yang merupakan usaha Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;names</source>
        <translation>Tampilkan &amp;nama</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show author names instead of pseudonyms</source>
        <translation>Tampilkan nama pengirim, bukan nama samaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date order:</source>
        <translation>Urutan tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages:</source>
        <translation>Pesan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Pengirim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per active day:</source>
        <translation>Pesan per hari aktif:</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n pesan)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Instagram Direct</source>
        <translation>Instagram Direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger (end-to-end encrypted chats)</source>
        <translation>Messenger (chat terenkripsi end-to-end)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram or Messenger (the export does not say which)</source>
        <translation>Instagram atau Messenger (ekspor tidak menyebutkan yang mana)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n day(s) with messages</source>
        <translation>
            <numerusform>%n hari yang ada pesannya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>median %1, slowest tenth over %2 (%n response(s))</source>
        <translation>
            <numerusform>median %1, sepersepuluh yang paling lambat lebih dari %2 (%n balasan)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 will get &lt;b&gt;%2 daily interactions on %4&lt;/b&gt; (%3), its other channels keeping theirs, and this hour-of-day profile.</source>
        <translation>%1 akan mendapat &lt;b&gt;%2 interaksi per hari di %4&lt;/b&gt; (%3), sementara saluran lainnya tetap dengan angkanya masing-masing, serta profil per jam ini.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Business replies:</source>
        <translation>Balasan usaha:</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>there is not enough memory to read it.</source>
        <translation>memori tidak cukup untuk membacanya.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Show the authors&apos; names instead of pseudonyms; names are never saved. Pseudonyms are keyed by a secret of this installation, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Tampilkan nama pengirim, bukan nama samaran; nama tidak pernah disimpan. Nama samaran dibuat dengan kunci rahasia milik instalasi ini, sehingga tidak ada yang bisa menghitungnya kembali dari daftar nama atau nomor telepon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authors are shown as pseudonyms keyed by a secret of this installation (the same as on the command line), unless Show names is ticked.</source>
        <translation>Pengirim ditampilkan dengan nama samaran yang dibuat dengan kunci rahasia milik instalasi ini (sama seperti di baris perintah), kecuali Tampilkan nama dicentang.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only counts and the hour-of-day profile enter the plan. Message text and author names are never stored.</source>
        <translation>Hanya jumlah pesan dan profil per jam yang masuk ke rencana. Isi pesan dan nama pengirim tidak pernah disimpan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply to %1</source>
        <translation>T&amp;erapkan ke %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to %1</source>
        <translation>Terapkan ke %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a chat export</source>
        <translation>Pilih ekspor chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
        <translation>Ekspor chat (*.txt *.zip *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No day in this chat is above 12, so the dates could be day first or month first. Choose the order your phone shows dates in.</source>
        <translation>Tidak ada hari di atas 12 dalam chat ini, jadi tanggal bisa dibaca hari dulu atau bulan dulu. Pilih urutan tanggal seperti di ponsel Anda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be imported: %1</source>
        <translation>Berkas ini tidak bisa diimpor: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody: count every message</source>
        <translation>Tidak ada: hitung semua pesan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WhatsApp (Android)</source>
        <translation>WhatsApp (Android)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp (iPhone)</source>
        <translation>WhatsApp (iPhone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram Desktop</source>
        <translation>Telegram Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 sampai %2 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none in this chat</source>
        <translation>tidak ada dalam chat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages per day with messages</source>
        <translation>pesan pelanggan per hari yang ada pesannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all messages per day with messages; choose the business to count only customers</source>
        <translation>semua pesan per hari yang ada pesannya; pilih usaha Anda agar hanya pesan pelanggan yang dihitung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Messages by hour of day</source>
        <translation>Pesan per jam dalam sehari</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages by hour of day in the chat</source>
        <translation>Pesan per jam dalam sehari di chat ini</translation>
    </message>
</context>
<context>
    <name>ChatReport</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="+223"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date order:</source>
        <translation>Urutan tanggal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages:</source>
        <translation>Pesan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Pengirim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message:</source>
        <translation>Pesan pertama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Pesan terakhir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days:</source>
        <translation>Hari aktif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{active} of {calendar} calendar days</source>
        <translation>{active} dari {calendar} hari kalender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per active day:</source>
        <translation>Per hari aktif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages</source>
        <translation>{count} pesan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busiest hours:</source>
        <translation>Jam tersibuk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of order:</source>
        <translation>Tidak berurutan:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) earlier than the one before</source>
        <translation>
            <numerusform>%n baris lebih awal daripada baris sebelumnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>median {median}, P90 {p90} (%n answer(s))</source>
        <translation>
            <numerusform>median {median}, P90 {p90} (%n balasan)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Most messages:</source>
        <translation>Pesan terbanyak:</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>{messages} (plus %n system event(s))</source>
        <translation>
            <numerusform>{messages} (ditambah %n pesan sistem)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Business:</source>
        <translation>Usaha:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer messages:</source>
        <translation>Pesan pelanggan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ({per_day} per active day)</source>
        <translation>{count} ({per_day} per hari aktif)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the business never answered a customer here</source>
        <translation>usaha tidak pernah membalas pelanggan di chat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time:</source>
        <translation>Waktu balasan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer messages per active day</source>
        <translation>pesan pelanggan per hari aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages per active day; pass --business to count customers only</source>
        <translation>pesan per hari aktif; tambahkan --business agar hanya pesan pelanggan yang dihitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the plan:</source>
        <translation>Untuk rencana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} daily interactions ({basis})</source>
        <translation>{count} interaksi per hari ({basis})</translation>
    </message>
</context>
<context>
    <name>ChatWording</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/wording.py" line="+13"/>
        <source>day first</source>
        <translation>hari dulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>bulan dulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>tahun dulu</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>time runs forward in this order (%n backward jump(s) against {more})</source>
        <translation>
            <numerusform>waktu berjalan maju dalam urutan ini (%n lompatan mundur, dibanding {more})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen by you</source>
        <translation>dipilih oleh Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dates start with the year</source>
        <translation>tanggal diawali tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day is above 12</source>
        <translation>ada hari di atas 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day and month are the same on every date: either order reads alike</source>
        <translation>hari dan bulan sama di setiap tanggal: kedua urutan terbaca sama</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/checklist_view.py" line="+36"/>
        <source>1. Confirm the outage</source>
        <translation>1. Pastikan gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Call the team, in this order</source>
        <translation>2. Telepon tim, sesuai urutan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Move each activity to its fallbacks</source>
        <translation>3. Alihkan setiap kegiatan ke saluran cadangannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Send the messages</source>
        <translation>4. Kirim pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Back to normal</source>
        <translation>5. Kembali normal</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When it was done, in hours and minutes since the start.</source>
        <translation>Waktu selesai, dalam jam dan menit sejak awal.</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-185"/>
        <source>Authors: {names}.</source>
        <translation>Pengirim: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors as pseudonyms: {names}. Pass one of them to --business, or add --keep-names to see the names.</source>
        <translation>Pengirim (nama samaran): {names}. Berikan salah satunya ke --business, atau tambahkan --keep-names untuk melihat namanya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats: {names}.</source>
        <translation>Chat: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --keep-names to list the chats&apos; names.</source>
        <translation>Tambahkan --keep-names untuk menampilkan nama chat-nya.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot tell the day from the month in these dates (no day is above 12 and both readings keep time moving forward). Pass {options}.</source>
        <translation>hari dan bulan dalam tanggal-tanggal ini tidak dapat dibedakan (tidak ada hari di atas 12 dan kedua cara baca membuat waktu berjalan maju). Tambahkan {options}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{business} is not an author in this chat.</source>
        <translation>{business} bukan pengirim dalam chat ini.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s).</source>
        <translation>
            <numerusform>Tidak ada percakapan bernama {chat} dalam ekspor Instagram atau Messenger ini, yang berisi %n percakapan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s).</source>
        <translation>
            <numerusform>Tidak ada chat bernama {chat} dalam ekspor Telegram ini, yang berisi %n chat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>berkas tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to read this file.</source>
        <translation>memori tidak cukup untuk membaca berkas ini.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>give a file name ending in .csv or .xlsx</source>
        <translation>berikan nama berkas yang berakhiran .csv atau .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../continuity_app/cli/commands.py" line="+62"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-135"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+491"/>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>{path} adalah folder; berikan nama berkas, mis. {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../continuity_app/cli/commands.py" line="+7"/>
        <source>Wrote {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+26"/>
        <source>the built-in reference data is damaged: {error}</source>
        <translation>data rujukan bawaan rusak: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-2"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+268"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+40"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+24"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+23"/>
        <source>{text} is too few trials; use at least {least}</source>
        <translation>{text} percobaan terlalu sedikit; gunakan minimal {least}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a whole number</source>
        <translation>{text} bukan bilangan bulat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must not be negative</source>
        <translation>{text} tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="+40"/>
        <source>no scenario {scenario}; the plan has {known}</source>
        <translation>tidak ada skenario {scenario}; rencana ini punya {known}</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>{path} is a file; give a folder for the screenshots</source>
        <translation>{path} adalah berkas; berikan folder untuk tangkapan layar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n screenshot(s) to {folder}</source>
        <translation>
            <numerusform>%n tangkapan layar tersimpan di {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+112"/>
        <source>continuity-app plan: warning: {warning}</source>
        <translation>continuity-app plan: peringatan: {warning}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote {path} (%n page(s), {paper})</source>
        <translation>
            <numerusform>Tersimpan: {path} (%n halaman, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-196"/>
        <source>{text} is not a percentage; give a number from 0 to 100, such as 40</source>
        <translation>{text} bukan persentase; berikan angka dari 0 sampai 100, mis. 40</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not a number of hours; give one from 0 to 168 (a week), such as 0.5</source>
        <translation>{text} bukan jumlah jam; berikan angka dari 0 sampai 168 (seminggu), mis. 0.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not an amount of money; give a number of zero or more in the plan currency, without its symbol, such as 250 or 99.50</source>
        <translation>{text} bukan jumlah uang; berikan angka nol atau lebih dalam mata uang rencana, tanpa simbolnya, mis. 250 atau 99.50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a date; write it as YYYY-MM-DD, such as 2027-03-31, or none to clear the due date</source>
        <translation>{text} bukan tanggal; tulis dengan format YYYY-MM-DD, mis. 2027-03-31, atau none untuk menghapus tenggat</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{options}: these describe a new task; give them with --new TITLE</source>
        <translation>{options}: opsi ini untuk tugas baru; berikan bersama --new TITLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--new also needs {missing}</source>
        <translation>--new juga memerlukan {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{options}: these change a task; name it with --update TASK_ID (the ids are in the first column of `continuity-app tasks FILE`), or give them with --add or --new</source>
        <translation>{options}: opsi ini mengubah tugas; sebutkan tugasnya dengan --update TASK_ID (ID-nya ada di kolom pertama `continuity-app tasks FILE`), atau berikan bersama --add atau --new</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n task(s) to {path}</source>
        <translation>
            <numerusform>%n tugas tersimpan di {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n open task(s) to the calendar {path}</source>
        <translation>
            <numerusform>%n tugas tersisa tersimpan di kalender {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) left out of the calendar: no due date (give one with --update TASK_ID --due YYYY-MM-DD)</source>
        <translation>
            <numerusform>%n tugas tersisa tidak dimasukkan ke kalender: belum ada tenggat (berikan dengan --update TASK_ID --due YYYY-MM-DD)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no task {id}; the plan has {known}</source>
        <translation>tidak ada tugas {id}; rencana ini punya {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no task {id}; the plan has no tasks yet (add one with --add or --new)</source>
        <translation>tidak ada tugas {id}; rencana ini belum punya tugas (tambahkan dengan --add atau --new)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--function: the plan has no function {id}; its functions are {known}</source>
        <translation>--function: rencana ini tidak punya kegiatan {id}; kegiatannya adalah {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel: {id} is not a fallback channel; use one of {known}</source>
        <translation>--channel: {id} bukan saluran cadangan; gunakan salah satu dari {known}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no recommended step {id} for this plan. Steps it has include {some}; `continuity-app recommend FILE --json` lists them all under actions[].id</source>
        <translation>tidak ada langkah yang disarankan {id} untuk rencana ini. Langkahnya antara lain {some}; `continuity-app recommend FILE --json` menampilkan semuanya di actions[].id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recommended step {id}: the recommender has no step for this plan now; add your own with --new</source>
        <translation>tidak ada langkah yang disarankan {id}: saat ini tidak ada langkah yang disarankan untuk rencana ini; tambahkan langkah Anda sendiri dengan --new</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--new: give the task a title</source>
        <translation>--new: beri judul untuk tugas ini</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="+85"/>
        <source>give --script NAME for a run sheet, --log LOG.json or both</source>
        <translation>berikan --script NAME untuk lembar alur latihan, --log LOG.json, atau keduanya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o and --record need the log of a run: --log</source>
        <translation>-o dan --record memerlukan log gangguan atau latihan: --log</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the log is of the exercise {logged}, not {given}</source>
        <translation>log ini milik latihan {logged}, bukan {given}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="+23"/>
        <source>Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan.</source>
        <translation>Bersiap menghadapi gangguan WhatsApp dan Meta: dampak, saluran cadangan, rencana siap cetak.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open the window on a built-in example (see demo --list)</source>
        <translation>buka jendela dengan contoh bawaan (lihat demo --list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check that this installation works (examples, model, PDF, window) and exit</source>
        <translation>periksa apakah instalasi ini berfungsi (contoh, model, PDF, jendela), lalu keluar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-314"/>
        <location filename="../../continuity_app/cli/commands.py" line="-224"/>
        <location line="+62"/>
        <location line="+48"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-32"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-315"/>
        <source>print one JSON object</source>
        <translation>tampilkan satu objek JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month order of the dates when it cannot be detected</source>
        <translation>urutan tanggal (hari/bulan) jika tidak dapat dideteksi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one chat of a whole-account export</source>
        <translation>satu chat dari ekspor seluruh akun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show author names instead of pseudonyms</source>
        <translation>tampilkan nama pengirim, bukan nama samaran</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>measure a function&apos;s messages from a WhatsApp, Telegram, Signal, Instagram or Messenger chat export</source>
        <translation>ukur pesan suatu kegiatan dari ekspor chat WhatsApp, Telegram, Signal, Instagram, atau Messenger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read a chat export (WhatsApp .txt or .zip, Telegram Desktop JSON, Signal text, Instagram or Messenger JSON from Meta&apos;s Download your information: a message_1.json, its folder or the export&apos;s zip) and print its aggregates: messages, authors, the hour-of-day profile and, with --business, customer messages per day and response times. Message text is never printed or stored; author names are shown as pseudonyms (Author-…) unless --keep-names. Pseudonyms are keyed by a secret of this installation, made once and kept in {folder}, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Baca ekspor chat (.txt atau .zip WhatsApp, JSON Telegram Desktop, teks Signal, JSON Instagram atau Messenger dari fitur &quot;Unduh informasi Anda&quot; milik Meta: message_1.json, foldernya, atau berkas zip ekspornya) lalu tampilkan ringkasannya: pesan, pengirim, profil per jam, serta, dengan --business, pesan pelanggan per hari dan waktu balasan. Isi pesan tidak pernah ditampilkan atau disimpan; nama pengirim ditampilkan sebagai nama samaran (Author-…) kecuali dengan --keep-names. Nama samaran dibuat dengan kunci rahasia milik instalasi ini, yang dibuat sekali dan disimpan di {folder}, sehingga tidak ada yang bisa menghitungnya kembali dari daftar nama atau nomor telepon.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported chat (.txt, .zip or .json), or an Instagram or Messenger folder</source>
        <translation>chat hasil ekspor (.txt, .zip, atau .json), atau folder Instagram atau Messenger</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the author who is the business: a name, or a pseudonym the output showed</source>
        <translation>pengirim yang mewakili usaha: sebuah nama, atau nama samaran yang ditampilkan di keluaran</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key the pseudonyms with KEY instead of this installation&apos;s secret, for output that is the same on every computer (keep KEY secret)</source>
        <translation>buat nama samaran dengan KEY, bukan dengan kunci rahasia instalasi ini, agar keluarannya sama di setiap komputer (rahasiakan KEY)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>write a plan&apos;s results and recommendations to a CSV or XLSX file</source>
        <translation>tulis hasil dan rekomendasi rencana ke berkas CSV atau XLSX</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/cli/commands.py" line="-112"/>
        <location line="+62"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-28"/>
        <location filename="../../continuity_app/cli/plan_command.py" line="-89"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-2"/>
        <source>a .cplan plan file</source>
        <translation>berkas rencana .cplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file to write, ending in .csv or .xlsx</source>
        <translation>berkas yang akan ditulis, berakhiran .csv atau .xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="-57"/>
        <source>Monte Carlo years</source>
        <translation>jumlah tahun simulasi Monte Carlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="+3"/>
        <source>random seed</source>
        <translation>benih acak</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-58"/>
        <source>write a built-in example plan</source>
        <translation>tulis contoh rencana bawaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write (default: print the plan)</source>
        <translation>berkas yang akan ditulis (bawaan: tampilkan rencananya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example (see --list)</source>
        <translation>contoh yang dipakai (lihat --list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the examples, one per line</source>
        <translation>tampilkan daftar contoh, satu per baris</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>what outages cost: per scenario, ALE, Monte Carlo</source>
        <translation>kerugian akibat gangguan: per skenario, per tahun (ALE), Monte Carlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only this scenario id</source>
        <translation>hanya skenario dengan id ini</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>fallback channels and preparation steps, valued by the loss they prevent</source>
        <translation>saluran cadangan dan langkah persiapan, dinilai dari kerugian yang dicegahnya</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>largest yearly spend on preparation</source>
        <translation>pengeluaran terbesar per tahun untuk persiapan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the preset outage scenarios and how the history gives their numbers</source>
        <translation>skenario gangguan siap pakai dan cara riwayat gangguan menghasilkan angkanya</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a country of the business (ISO code such as BR; repeat for several): shutdowns and carrier outages are counted for it</source>
        <translation>negara tempat usaha beroperasi (kode ISO seperti ID; ulangi untuk beberapa negara): pemutusan oleh pemerintah dan gangguan operator dihitung untuk negara itu</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>render every page of the window to PNG files</source>
        <translation>simpan setiap halaman jendela sebagai berkas PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write one PNG per page</source>
        <translation>folder tujuan, satu PNG per halaman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface language, e.g. ar or pt_BR</source>
        <translation>bahasa antarmuka, mis. ar atau pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example plan to show</source>
        <translation>contoh rencana yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="-2"/>
        <source>write the printable continuity plan as PDF</source>
        <translation>tulis rencana kelangsungan usaha siap cetak sebagai PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>berkas PDF yang akan ditulis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paper size (default: the one used in the business&apos;s main country)</source>
        <translation>ukuran kertas (bawaan: ukuran yang dipakai di negara utama usaha)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the plan&apos;s own text, e.g. ar or pt_BR</source>
        <translation>bahasa teks rencana itu sendiri, mis. ar atau pt_BR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits in the plan: as the language writes them (default), 0123 or ٠١٢٣</source>
        <translation>angka dalam rencana: sesuai cara penulisan bahasanya (bawaan), 0123 atau ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+18"/>
        <source>which figures the reference data has for each country, and how old</source>
        <translation>angka apa saja yang ada di data rujukan untuk setiap negara, dan dari tahun berapa</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-8"/>
        <source>list, add, change and export the plan&apos;s preparation tasks</source>
        <translation>tampilkan, tambah, ubah, dan ekspor tugas persiapan rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without options: the plan&apos;s preparation tasks by due date. A task is a preparation step the business has taken on: it raises readiness today only once it is marked done. Changes are saved back to FILE.</source>
        <translation>Tanpa opsi: tugas persiapan rencana, diurutkan menurut tenggat. Tugas adalah langkah persiapan yang sudah diputuskan untuk dikerjakan usaha: tugas baru menaikkan kesiapan hari ini setelah ditandai selesai (done). Perubahan disimpan kembali ke FILE.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan a recommended step, by the id `recommend FILE --json` gives it in actions[].id (repeat for several)</source>
        <translation>rencanakan langkah yang disarankan, dengan ID yang diberikan `recommend FILE --json` di actions[].id (ulangi untuk beberapa langkah)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a task of your own</source>
        <translation>tambahkan tugas Anda sendiri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the function it prepares a fallback for</source>
        <translation>dengan --new: kegiatan yang disiapkan saluran cadangannya oleh tugas ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the fallback channel it makes ready, e.g. sms</source>
        <translation>dengan --new: saluran cadangan yang disiapkan, mis. sms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --new: the share of the function&apos;s contacts cut off by an outage that the channel reaches once done, in percent</source>
        <translation>dengan --new: porsi kontak kegiatan yang salurannya terputus yang dijangkau saluran ini setelah tugas selesai, dalam persen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>with --new: hours until they switch, once done</source>
        <translation>dengan --new: jam sampai mereka beralih, setelah tugas selesai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change this task with the options below (repeat for several)</source>
        <translation>ubah tugas ini dengan opsi di bawah (ulangi untuk beberapa tugas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the task&apos;s status; done raises the channel&apos;s readiness today</source>
        <translation>status tugas; done menaikkan kesiapan saluran hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who does it</source>
        <translation>siapa yang mengerjakannya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date it should be done by, or none</source>
        <translation>tanggal paling lambat tugas harus selesai, atau none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what setting it up costs once, in the plan currency</source>
        <translation>biaya penyiapan sekali bayar, dalam mata uang rencana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what it costs each month, in the plan currency</source>
        <translation>biaya per bulan, dalam mata uang rencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes for the owner</source>
        <translation>catatan untuk penanggung jawab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove this task (repeat for several)</source>
        <translation>hapus tugas ini (ulangi untuk beberapa tugas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the tasks as a CSV table</source>
        <translation>tulis tugas sebagai tabel CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the open tasks as calendar entries (.ics), one on each due date</source>
        <translation>tulis tugas tersisa sebagai entri kalender (.ics), masing-masing pada tanggal tenggatnya</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-11"/>
        <source>a tabletop exercise&apos;s run sheet, or the after-action report of a log</source>
        <translation>lembar alur latihan di atas meja, atau laporan evaluasi dari sebuah log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --log: the exercise hour by hour, with the checklist the plan gives for its outage. With --log: the after-action report of that outage or exercise log (timings against the plan, what was missing, follow-up tasks); -o writes it as PDF and --record adds the follow-up tasks and the exercise to FILE.</source>
        <translation>Tanpa --log: latihan jam demi jam, dengan daftar periksa yang diberikan rencana untuk gangguannya. Dengan --log: laporan evaluasi dari log gangguan atau latihan itu (waktu dibandingkan rencana, yang terlewat, tugas tindak lanjut); -o menulisnya sebagai PDF dan --record menambahkan tugas tindak lanjut dan latihan ke FILE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a shipped exercise script (e.g. meta-wide-2021) or a script file</source>
        <translation>skrip latihan bawaan (mis. meta-wide-2021) atau berkas skrip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a log saved by outage mode or an exercise</source>
        <translation>log yang disimpan oleh mode gangguan atau oleh latihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the after-action report as PDF</source>
        <translation>tulis laporan evaluasi sebagai PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of the PDF, e.g. ar or pt_BR</source>
        <translation>bahasa PDF, mis. ar atau pt_BR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the follow-up tasks and the exercise record to FILE (written once, at the end)</source>
        <translation>tambahkan tugas tindak lanjut dan catatan latihan ke FILE (disimpan sekali)</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+52"/>
        <source>Laying out the printed plan…</source>
        <translation>Menata rencana untuk dicetak…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/progress.py" line="+60"/>
        <source>{stage} {percent}%</source>
        <translation>{stage} {percent}%</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../../continuity_app/cli/report_text.py" line="+54"/>
        <source>{business} ({currency}); the business can bear {amount} per outage.</source>
        <translation>{business} ({currency}); usaha sanggup menanggung kerugian {amount} per gangguan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage scenarios. While open: an outage of typical length that strikes while the business is open (the figure to plan for). Average: over every hour of the week and every length the history gives (the yearly figure is built from this average).</source>
        <translation>Skenario gangguan. Saat buka: gangguan dengan lama biasa yang terjadi saat usaha sedang buka (angka untuk perencanaan). Rata-rata: dari setiap jam dalam seminggu dan setiap lama gangguan dalam riwayat (angka per tahun dihitung dari rata-rata ini).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Yang mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Lama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Kali/tahun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst start</source>
        <translation>Mulai terburuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Per tahun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the reference scenario ({scenario}):</source>
        <translation>Dalam skenario acuan ({scenario}):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} breached for {duration}</source>
        <translation>{share} tidak tercapai selama {duration}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} met after {duration}</source>
        <translation>{share} tercapai setelah {duration}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+279"/>
        <source>Function</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>MBCO</source>
        <translation>MBCO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+48"/>
        <source>While open</source>
        <translation>Saat buka</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <location line="+15"/>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut off</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maximum tolerable period of disruption (MTPD): {duration}: after that an outage that strikes while the business is open costs more than {amount}.</source>
        <translation>Gangguan terlama yang sanggup ditanggung (MTPD): {duration}: setelah itu, gangguan yang terjadi saat usaha sedang buka merugikan lebih dari {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum tolerable period of disruption (MTPD): an outage that strikes while the business is open stays under {amount} for a whole week.</source>
        <translation>Gangguan terlama yang sanggup ditanggung (MTPD): kerugian gangguan yang terjadi saat usaha sedang buka tetap di bawah {amount} selama seminggu penuh.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annualised loss expectancy (ALE): {amount} per year.</source>
        <translation>Perkiraan kerugian per tahun (ALE): {amount} per tahun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monte Carlo, {trials} simulated years (seed {seed}):</source>
        <translation>Monte Carlo, {trials} tahun simulasi (benih {seed}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One outage</source>
        <translation>Satu gangguan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Satu tahun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none of {total}</source>
        <translation>tidak ada dari {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected yearly loss (ALE)</source>
        <translation>Perkiraan kerugian per tahun (ALE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad year (P90)</source>
        <translation>Tahun buruk (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage (MTPD)</source>
        <translation>Gangguan terlama yang sanggup ditanggung (MTPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing their minimum service</source>
        <translation>Kegiatan di bawah layanan minimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation tasks count only once they are done. Today, and with every open task done (on the same simulated years):</source>
        <translation>Tugas persiapan baru dihitung setelah selesai. Hari ini, dan jika semua tugas tersisa sudah selesai (pada tahun simulasi yang sama):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Setelah %n tugas tersisa selesai</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{business}: expected yearly loss today {amount} (a bad year, P90: {p90}).</source>
        <translation>{business}: perkiraan kerugian per tahun saat ini {amount} (tahun buruk, P90: {p90}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best fallback channels per function:</source>
        <translation>Saluran cadangan terbaik per kegiatan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}:</source>
        <translation>{function}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score {score}</source>
        <translation>skor {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}. {name} ({score}): {reasons}</source>
        <translation>{rank}. {name} ({score}): {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation steps, most net value first:</source>
        <translation>Langkah persiapan, dari nilai bersih terbesar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves/year</source>
        <translation>Hemat/tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 cut</source>
        <translation>Hemat P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost/year</source>
        <translation>Biaya/tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback (months)</source>
        <translation>Balik modal (bulan)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not worth it now:</source>
        <translation>Belum sepadan saat ini:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({function}): {why}</source>
        <translation>{step} ({function}): {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended portfolio (budget {amount} a year):</source>
        <translation>Paket langkah yang disarankan (anggaran {amount} per tahun):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended portfolio:</source>
        <translation>Paket langkah yang disarankan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No step saves more than it costs within the budget.</source>
        <translation>Dalam batas anggaran, tidak ada langkah yang penghematannya melebihi biayanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step saves more than it costs.</source>
        <translation>Tidak ada langkah yang penghematannya melebihi biayanya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} ({function}): saves {saving} a year on top of the steps above, costs {cost}</source>
        <translation>{step} ({function}): hemat {saving} per tahun di luar langkah di atas, biaya {cost}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expected yearly loss after these steps: {amount} (P90 year {p90}), for {cost} a year.</source>
        <translation>Perkiraan kerugian per tahun setelah langkah ini: {amount} (tahun P90 {p90}), dengan biaya {cost} per tahun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>Peringatan:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preparation tasks yet. Plan a recommended step with --add STEP_ID (the ids are in `continuity-app recommend FILE --json`, actions[].id), or add your own with --new.</source>
        <translation>Belum ada tugas persiapan. Rencanakan langkah yang disarankan dengan --add STEP_ID (ID-nya ada di `continuity-app recommend FILE --json`, actions[].id), atau tambahkan tugas Anda sendiri dengan --new.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (overdue)</source>
        <translation>{date} (lewat tenggat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{once} + {monthly} a month</source>
        <translation>{once} + {monthly} per bulan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready when done</source>
        <translation>Siap setelah selesai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan is past its review date ({date}): review it.</source>
        <translation>Rencana sudah melewati tanggal tinjauannya ({date}): tinjau sekarang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review of the plan: {date}.</source>
        <translation>Tinjauan rencana berikutnya: {date}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) past their due date.</source>
        <translation>
            <numerusform>%n tugas tersisa sudah lewat tenggat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task is past its due date.</source>
        <translation>Tidak ada tugas yang lewat tenggat.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-71"/>
        <source>{code} is not a country this application knows; use an ISO code: {known}</source>
        <translation>{code} bukan negara yang dikenal aplikasi ini; gunakan kode ISO: {known}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>failed layers: {layers}</source>
        <translation>lapisan yang mati: {layers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{frequency} per year, typical {duration} (log-normal spread {sigma})</source>
        <translation>{frequency} per tahun, lama biasa {duration} (sebaran log-normal {sigma})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>how: {explanation}</source>
        <translation>cara menghitung: {explanation}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+192"/>
        <source>{step} is already planned as {task} ({status}); nothing changed. To change it: --update {task}</source>
        <translation>{step} sudah direncanakan sebagai {task} ({status}); tidak ada yang berubah. Untuk mengubahnya: --update {task}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned {task}: {title} ({function}, {channel})</source>
        <translation>Tugas {task} direncanakan: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added {task}: {title} ({function}, {channel})</source>
        <translation>Tugas {task} ditambahkan: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{task}: owner {owner}</source>
        <translation>{task}: penanggung jawab {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: owner cleared</source>
        <translation>{task}: penanggung jawab dikosongkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due {date}</source>
        <translation>{task}: tenggat {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due date cleared</source>
        <translation>{task}: tenggat dihapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: one-off cost {amount}</source>
        <translation>{task}: biaya sekali bayar {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: monthly cost {amount}</source>
        <translation>{task}: biaya bulanan {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: notes changed</source>
        <translation>{task}: catatan diubah</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{task} is already {status}; nothing changed</source>
        <translation>{task} sudah berstatus {status}; tidak ada yang berubah</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{task}: done on {date}</source>
        <translation>{task}: selesai pada {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: status {status}</source>
        <translation>{task}: status {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness today of {channel} for {function}: {before} → {after}</source>
        <translation>Kesiapan hari ini {channel} untuk {function}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed {task}: {title}</source>
        <translation>Tugas {task} dihapus: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readiness it gave when it was done stays: the work was done.</source>
        <translation>Kesiapan yang diberikannya saat selesai tetap berlaku: pekerjaannya memang sudah dilakukan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/cli/exercise_command.py" line="+56"/>
        <source>Recorded in {file}: the exercise, the review date and %n task(s).</source>
        <translation>
            <numerusform>Tercatat di {file}: latihan, tanggal tinjauan, dan %n tugas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recorded in {file}: the outage, the review date and %n task(s).</source>
        <translation>
            <numerusform>Tercatat di {file}: gangguan, tanggal tinjauan, dan %n tugas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage: {scenario}, {hours}.</source>
        <translation>Gangguan: {scenario}, {hours}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Sumber: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events:</source>
        <translation>Kejadian:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the outage:</source>
        <translation>Konfirmasi gangguan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, in this order:</source>
        <translation>Telepon, dengan urutan ini:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>Beralih:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>Kirim:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After-action review: {scenario}, {length} logged.</source>
        <translation>Evaluasi: {scenario}, {length} tercatat di log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan:</source>
        <translation>Waktu dibandingkan rencana:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Missing (%n):</source>
        <translation>
            <numerusform>Terlewat (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Follow-up tasks (%n):</source>
        <translation>
            <numerusform>Tugas tindak lanjut (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <location filename="../../continuity_app/gui/outage/clock.py" line="+70"/>
        <source>Exercise clock:</source>
        <translation>Jam latihan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the start:</source>
        <translation>Sejak awal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+15 min</source>
        <translation>+15 menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on by a quarter of an hour.</source>
        <translation>Majukan jam latihan seperempat jam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hour</source>
        <translation>Jam berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on to the next whole hour.</source>
        <translation>Majukan jam latihan ke awal jam berikutnya.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+11"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App figures</source>
        <translation>Angka aplikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked apps</source>
        <translation>Aplikasi yang diblokir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Countries: {count}</source>
        <translation>Negara: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}: known for {count} of {total} countries</source>
        <translation>{figure}: diketahui untuk {count} dari {total} negara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: a usage figure for {count} of {total} countries</source>
        <translation>{app}: angka penggunaan untuk {count} dari {total} negara</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../continuity_app/display.py" line="+117"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>tidak ada server X yang menjawab di DISPLAY={display}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Wayland compositor answers at WAYLAND_DISPLAY={name}</source>
        <translation>tidak ada compositor Wayland yang menjawab di WAYLAND_DISPLAY={name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>Tidak ada layar untuk membuka jendela (DISPLAY maupun WAYLAND_DISPLAY tidak diatur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on: {reasons}. The desktop session may have ended, or DISPLAY is left over from another session (after ssh -X, reconnect).</source>
        <translation>Tidak ada layar untuk membuka jendela: {reasons}. Sesi desktop mungkin sudah berakhir, atau DISPLAY tersisa dari sesi lain (setelah ssh -X, sambungkan ulang).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no display this installation can open the window on: it draws through X11, and the Wayland desktop at WAYLAND_DISPLAY={name} offers no X server (XWayland) at DISPLAY={display}.</source>
        <translation>Tidak ada layar yang bisa dipakai instalasi ini untuk membuka jendela: aplikasi ini menggambar lewat X11, dan desktop Wayland di WAYLAND_DISPLAY={name} tidak menyediakan server X (XWayland) di DISPLAY={display}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the application from a desktop session, or use the command-line sub-commands (continuity-app --help); for a window without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Jalankan aplikasi dari sesi desktop, atau gunakan sub-perintah baris perintah (continuity-app --help); untuk jendela tanpa layar, atur QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+198"/>
        <source>the history of WhatsApp and Meta outages kept in this app, from status pages and news reports (listed under Outage history)</source>
        <translation>riwayat gangguan WhatsApp dan Meta yang disimpan dalam aplikasi ini, dari halaman status dan berita (tercantum di Riwayat gangguan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yearly counts of phone network outages published by telecom regulators for your countries, with the lengths of past carrier outages from the outage history</source>
        <translation>jumlah gangguan jaringan telepon per tahun yang diterbitkan regulator telekomunikasi untuk negara-negara Anda, dengan lama gangguan operator di masa lalu dari riwayat gangguan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access Now&apos;s record of government internet shutdowns and app blocks, 2016 to 2022, for your countries</source>
        <translation>catatan Access Now tentang pemutusan internet dan pemblokiran aplikasi oleh pemerintah, 2016 sampai 2022, untuk negara-negara Anda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reference data in this app</source>
        <translation>data rujukan dalam aplikasi ini</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../continuity_app/gui/due_notice.py" line="+50"/>
        <source>Show the action plan</source>
        <translation>Tampilkan rencana aksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Tutup pemberitahuan ini</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n preparation task(s) overdue: {tasks}.</source>
        <translation>
            <numerusform>%n tugas persiapan lewat tenggat: {tasks}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{task} (due {date})</source>
        <translation>{task} (tenggat {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan was due for review on {date}: go through it with the people who act in it.</source>
        <translation>Rencana seharusnya ditinjau pada {date}: tinjau bersama orang-orang yang berperan di dalamnya.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../continuity_app/core/wording/notes.py" line="+23"/>
        <source>No price per message is known for {channel} ({function}); counted as free. Enter one in the fallback to include it.</source>
        <translation>Harga per pesan untuk {channel} ({function}) tidak diketahui; dihitung gratis. Isi harganya di saluran cadangan agar ikut dihitung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messages per interaction default to {count} where not given.</source>
        <translation>Jumlah pesan per interaksi bawaannya {count} jika tidak diisi.</translation>
    </message>
</context>
<context>
    <name>FallbacksModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+154"/>
        <source>Runs on Meta&apos;s infrastructure like WhatsApp: it fails with WhatsApp in a Meta outage and does not count as an independent fallback.</source>
        <translation>Berjalan di infrastruktur Meta seperti WhatsApp: ikut mati bersama WhatsApp saat gangguan Meta dan tidak dihitung sebagai saluran cadangan yang independen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+15"/>
        <source>{ready} (%)</source>
        <translation>{ready} (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{delay} (hours)</source>
        <translation>{delay} (jam)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+13"/>
        <source>{channel} is not a fallback for {function} yet: type the share of its customers you could reach there today in the Ready today view.</source>
        <translation>{channel} belum menjadi saluran cadangan untuk {function}: di tampilan “Siap hari ini (%)”, ketik porsi pelanggannya yang bisa Anda jangkau di sana hari ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You could reach {share} of the customers of {function} on {channel} today.</source>
        <translation>Hari ini Anda bisa menjangkau {share} pelanggan {function} di {channel}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers of {function} start using {channel} {delay} after an outage begins: time to notice it, decide, and tell them where to go. Before then this channel serves none of them.</source>
        <translation>Pelanggan {function} mulai memakai {channel} {delay} setelah gangguan dimulai: waktu untuk menyadarinya, memutuskan, dan memberi tahu mereka harus ke mana. Sebelum itu, saluran ini belum melayani satu pun dari mereka.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Together its {count} channels reach {combined} of them, not the {sum} their shares add up to: some customers are on more than one channel.</source>
        <translation>Bersama-sama, {count} salurannya menjangkau {combined} dari mereka, bukan {sum} seperti jumlah porsinya: sebagian pelanggan ada di lebih dari satu saluran.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>type a share from 0 to 100, or low – likely – high; empty removes the fallback.</source>
        <translation>ketik porsi dari 0 sampai 100, atau rendah – kemungkinan – tinggi; sel kosong menghapus saluran cadangan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type the hours until customers switch, from 0 to 168 (a week).</source>
        <translation>ketik jumlah jam sampai pelanggan beralih, dari 0 sampai 168 (seminggu).</translation>
    </message>
</context>
<context>
    <name>FallbacksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/fallbacks_page.py" line="+79"/>
        <source>Fallbacks</source>
        <translation>Saluran cadangan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no fallback outside Meta.</source>
        <translation>%1 tidak punya saluran cadangan di luar Meta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ready}: {ready_meaning} {delay}: {delay_meaning} Hover over a cell for what its value means.</source>
        <translation>{ready}: {ready_meaning} {delay}: {delay_meaning} Arahkan penunjuk ke sebuah sel untuk melihat arti nilainya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tinted columns run on Meta&apos;s infrastructure like WhatsApp: they fail together with it in a Meta outage. Empty a cell (or type 0) to remove a fallback.</source>
        <translation>Kolom berwarna berjalan di infrastruktur Meta seperti WhatsApp: ikut mati bersamanya saat gangguan Meta. Kosongkan sel (atau ketik 0) untuk menghapus saluran cadangan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness matrix: functions by channels</source>
        <translation>Matriks kesiapan: kegiatan per saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show readiness</source>
        <translation>Tampilkan kesiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show activation delays</source>
        <translation>Tampilkan jeda peralihan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, then say here where else you could reach them.</source>
        <translation>Belum ada kegiatan: tambahkan apa yang dilakukan pelanggan Anda di WhatsApp di halaman Kegiatan, lalu tentukan di sini lewat mana lagi Anda bisa menjangkau mereka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fallbacks yet: type in a cell the share of that activity&apos;s customers you could reach on that channel today (for example 40).</source>
        <translation>Belum ada saluran cadangan: ketik di sebuah sel porsi pelanggan kegiatan itu yang bisa Anda jangkau di saluran itu hari ini (misalnya 40).</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="-185"/>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="-83"/>
        <location line="+20"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week</source>
        <translation>lebih dari seminggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+3"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{items}; {item}</source>
        <translation>{items}; {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} {share}</source>
        <translation>{name} {share}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other channels {share}</source>
        <translation>saluran lain {share}</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+11"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 60 – 90) if unsure.</source>
        <translation>Ketik satu angka, atau rendah – kemungkinan – tinggi (mis. 40 – 60 – 90) jika ragu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Function</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this part of the business does on WhatsApp.</source>
        <translation>Yang dilakukan bagian usaha ini di WhatsApp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which channel features it needs.</source>
        <translation>Menentukan fitur saluran yang dibutuhkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interactions / open day</source>
        <translation>Interaksi / hari buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations, orders or requests on a day the business is open, on all channels.</source>
        <translation>Percakapan, pesanan, atau permintaan pada hari usaha buka, di semua saluran.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>On WhatsApp (%)</source>
        <translation>Di WhatsApp (%)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Revenue / interaction</source>
        <translation>Pendapatan / interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money at stake in one interaction, in the plan currency.</source>
        <translation>Uang yang dipertaruhkan dalam satu interaksi, dalam mata uang rencana.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patience (h)</source>
        <translation>Kesabaran (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a blocked customer keeps waiting before giving up.</source>
        <translation>Berapa jam pelanggan yang terhambat mau menunggu sebelum menyerah.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Come back (%)</source>
        <translation>Kembali (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of those who gave up who come back later.</source>
        <translation>Porsi pelanggan yang menyerah tetapi kembali kemudian.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lost for good (%)</source>
        <translation>Hilang selamanya (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the lost ones who never come back (costs their lifetime value).</source>
        <translation>Porsi pelanggan yang hilang dan tidak pernah kembali (nilai seumur hidupnya ikut hilang).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot wait (%)</source>
        <translation>Tidak bisa menunggu (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of these interactions whose moment passes if they are not served soon (today&apos;s lunch, a same-day delivery): customers who gave up on them never come back for them. Empty: the default for this kind of function and sector, shown in grey.</source>
        <translation>Porsi interaksi ini yang kehilangan momennya jika tidak segera dilayani (makan siang hari ini, pengiriman di hari yang sama): pelanggan yang sudah menyerah tidak akan kembali untuk itu. Kosong: nilai bawaan untuk jenis kegiatan dan bidang usaha ini, ditampilkan abu-abu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backlog cost</source>
        <translation>Biaya interaksi tertunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of handling one delayed interaction after the outage, in the plan currency.</source>
        <translation>Biaya menangani satu interaksi tertunda setelah gangguan, dalam mata uang rencana.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages / interaction</source>
        <translation>Pesan / interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent on a fallback per interaction; empty uses the default (3).</source>
        <translation>Pesan yang dikirim lewat saluran cadangan per interaksi; jika kosong, dipakai nilai bawaan (3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff affected</source>
        <translation>Karyawan terdampak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: how many staff coordinate through WhatsApp.</source>
        <translation>Untuk koordinasi: berapa karyawan yang berkoordinasi lewat WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Productivity loss (%)</source>
        <translation>Produktivitas hilang (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: share of their work lost while WhatsApp is down.</source>
        <translation>Untuk koordinasi: porsi pekerjaan mereka yang hilang selama WhatsApp mati.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On the WhatsApp Business API (%)</source>
        <translation>Di WhatsApp Business API (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Instagram (%)</source>
        <translation>Di Instagram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Messenger (%)</source>
        <translation>Di Messenger (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Facebook page or shop (%)</source>
        <translation>Di halaman atau toko Facebook (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Telegram (%)</source>
        <translation>Di Telegram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Signal (%)</source>
        <translation>Di Signal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Viber (%)</source>
        <translation>Di Viber (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On LINE (%)</source>
        <translation>Di LINE (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By SMS (%)</source>
        <translation>Lewat SMS (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone call (%)</source>
        <translation>Lewat panggilan telepon (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email (%)</source>
        <translation>Lewat email (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web shop or marketplace (%)</source>
        <translation>Di toko online atau marketplace (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (%)</source>
        <translation>Datang langsung (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of those interactions that run through this channel. What the listed channels do not carry runs on channels that none of the plan&apos;s outages reaches.</source>
        <translation>Porsi interaksi tersebut yang berjalan lewat saluran ini; sisanya, yang tidak lewat saluran mana pun di sini, berjalan di saluran yang tidak terkena gangguan mana pun dalam rencana.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/functions_model.py" line="+198"/>
        <source>type a whole number.</source>
        <translation>ketik bilangan bulat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a kind from the list.</source>
        <translation>pilih jenis dari daftar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the function a name.</source>
        <translation>beri nama kegiatan ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for a coordination activity, say how many staff coordinate on WhatsApp and how much of their work is lost without it.</source>
        <translation>untuk kegiatan koordinasi, sebutkan berapa karyawan yang berkoordinasi di WhatsApp dan seberapa banyak pekerjaan mereka yang hilang tanpanya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: fill in “{staff}” and “{loss}” for {name} first: a coordination function&apos;s loss is the work its staff cannot do.</source>
        <translation>{kind}: isi dulu “{staff}” dan “{loss}” untuk {name}: kerugian kegiatan koordinasi adalah pekerjaan yang tidak bisa dilakukan karyawannya.</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/functions_page.py" line="+122"/>
        <source>Functions</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the functions that run on WhatsApp.</source>
        <translation>Tambahkan kegiatan yang berjalan di WhatsApp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no revenue per interaction.</source>
        <translation>%1 belum punya pendapatan per interaksi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per part of the business that runs on WhatsApp or other apps. Double-click a cell to edit it; hover over a column title for what it means. Where you are unsure, type low – likely – high, e.g. 40 – 60 – 90. Below, the selected row&apos;s channels: its share on each app.</source>
        <translation>Satu baris untuk setiap bagian usaha yang berjalan di WhatsApp atau aplikasi lain. Klik dua kali sebuah sel untuk mengubahnya; arahkan kursor ke judul kolom untuk melihat artinya. Jika ragu, ketik rendah – kemungkinan – tinggi, mis. 40 – 60 – 90. Di bawah: saluran baris yang dipilih, yaitu porsinya di setiap aplikasi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add function</source>
        <translation>&amp;Tambah kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove function</source>
        <translation>&amp;Hapus kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions table</source>
        <translation>Tabel kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add function</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected function</source>
        <translation>Hapus kegiatan yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import chat…</source>
        <translation>&amp;Impor chat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the selected function from a chat export</source>
        <translation>Ukur kegiatan yang dipilih dari ekspor chat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No activities yet: add what your customers do on WhatsApp (orders, questions, bookings) with Add function.</source>
        <translation>Belum ada kegiatan: tambahkan apa yang dilakukan pelanggan Anda di WhatsApp (pesanan, pertanyaan, reservasi) dengan Tambah kegiatan.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>When %1 arrives over a day (from %2)</source>
        <translation>Kapan %1 masuk sepanjang hari (dari %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an imported chat</source>
        <translation>chat yang diimpor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the opening hours</source>
        <translation>jam buka</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hourly profile of the selected function</source>
        <translation>Profil per jam kegiatan yang dipilih</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../continuity_app/core/incident/after_action.py" line="+145"/>
        <source>Rehearse the switch of {function} to {channel}: it was not made in the exercise of {date}.</source>
        <translation>Latih peralihan {function} ke {channel}: peralihan ini tidak dilakukan dalam latihan tanggal {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise the switch of {function} to {channel}: it was not made in the outage of {date}.</source>
        <translation>Latih peralihan {function} ke {channel}: peralihan ini tidak dilakukan saat gangguan tanggal {date}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/checklist.py" line="+62"/>
        <source>Tell customers, staff and suppliers that WhatsApp works again, on the channels you used during the outage.</source>
        <translation>Beri tahu pelanggan, karyawan, dan pemasok bahwa WhatsApp sudah jalan lagi, lewat saluran yang Anda pakai selama gangguan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer the messages that arrived late or waited, oldest first, and ask whoever gave up whether they still need you.</source>
        <translation>Balas pesan yang datang terlambat atau masih menunggu, mulai dari yang paling lama, dan tanyakan kepada yang sudah menyerah apakah mereka masih membutuhkan Anda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{function}: enter the orders and payments taken on other channels in the usual records, and check each payment against the bank.</source>
        <translation>{function}: masukkan pesanan dan pembayaran yang diterima lewat saluran lain ke catatan yang biasa, dan cocokkan setiap pembayaran dengan mutasi rekening bank.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what worked and what did not, while it is fresh: the after-action report takes it from the log.</source>
        <translation>Catat apa yang berhasil dan apa yang tidak, selagi masih segar: laporan evaluasi mengambilnya dari log.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WhatsApp fails for more than one person, on more than one network, and Meta&apos;s status page or the news confirms it.</source>
        <translation>WhatsApp mati untuk lebih dari satu orang, di lebih dari satu jaringan, dan halaman status Meta atau berita mengonfirmasinya.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{person} ({role}) leads: {duties}</source>
        <translation>{person} ({role}) memimpin: {duties}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {person} ({role}) on {phone}.</source>
        <translation>Telepon {person} ({role}) di {phone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {person} ({role}).</source>
        <translation>Telepon {person} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: call {alternate}.</source>
        <translation>Tidak diangkat: telepon {alternate}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their part: {duties}</source>
        <translation>Tugasnya: {duties}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{function}: switch to {channel}; the plan expects it to reach {share} of those cut off within {delay}.</source>
        <translation>{function}: beralih ke {channel}; menurut rencana, saluran ini menjangkau {share} dari yang terputus dalam {delay}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>customers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppliers</source>
        <translation>pemasok</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the message to {audience} on {channel}.</source>
        <translation>Kirim pesan ke {audience} lewat {channel}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message to {audience} on {channel} (language: {language}).</source>
        <translation>Kirim pesan ke {audience} lewat {channel} (bahasa: {language}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/record.py" line="+59"/>
        <source>{value} has no time zone; write it as UTC, such as 2021-10-04T15:39Z</source>
        <translation>{value} tidak memiliki zona waktu; tulis dalam UTC, seperti 2021-10-04T15:39Z</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/script.py" line="+63"/>
        <source>the exercise plays {scenario}, which is no outage this application knows</source>
        <translation>latihan ini memainkan {scenario}, yang bukan gangguan yang dikenal aplikasi ini</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the log is of the outage {scenario}, which this plan no longer has; its outages are {known}</source>
        <translation>log ini milik gangguan {scenario}, yang sudah tidak ada di rencana ini; gangguan di rencana ini: {known}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/wording.py" line="+25"/>
        <source>The outage was declared: the plan is active.</source>
        <translation>Gangguan sudah dinyatakan: rencana aktif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {item}</source>
        <translation>Selesai: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back, not done after all: {item}</source>
        <translation>Dibatalkan, ternyata belum selesai: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {item}</source>
        <translation>Terkirim: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {text}</source>
        <translation>Keputusan: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise event: {text}</source>
        <translation>Kejadian latihan: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stood down: the service is back; return to normal begins.</source>
        <translation>Penanganan diakhiri: layanan sudah pulih; proses kembali normal dimulai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: return to normal is done.</source>
        <translation>Ditutup: proses kembali normal selesai.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declare the outage</source>
        <translation>Nyatakan gangguan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach customers</source>
        <translation>Hubungi pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach staff</source>
        <translation>Hubungi karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach suppliers</source>
        <translation>Hubungi pemasok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum service of {function}</source>
        <translation>Layanan minimum {function}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set in the plan</source>
        <translation>belum diatur di rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {duration}</source>
        <translation>dalam {duration}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not done</source>
        <translation>tidak dilakukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {duration}</source>
        <translation>setelah {duration}</translation>
    </message>
</context>
<context>
    <name>IncidentFile</name>
    <message>
        <location filename="../../continuity_app/io/incident_files.py" line="+60"/>
        <source>{name} is not an exercise script; use one of {known}, or the path of a script file</source>
        <translation>{name} bukan skrip latihan; gunakan salah satu dari {known}, atau lokasi berkas skrip</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file does not exist</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a file; choose a .json file</source>
        <translation>ini bukan berkas; pilih berkas .json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is {size} bytes, more than any log or script; is it one?</source>
        <translation>berkas berukuran {size} byte, lebih besar daripada log atau skrip mana pun; apakah ini benar-benar log atau skrip?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read ({reason})</source>
        <translation>berkas tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>berkas bukan teks UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}, column {column}</source>
        <translation>baris {line}, kolom {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON ({where})</source>
        <translation>berkas bukan JSON yang sah ({where})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/core/labels.py" line="+14"/>
        <source>Customer service</source>
        <translation>Layanan pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Pesanan dan penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Koordinasi karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Koordinasi pemasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Siaran pemasaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Janji temu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost revenue</source>
        <translation>Pendapatan hilang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost for good</source>
        <translation>Pelanggan hilang selamanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog handling</source>
        <translation>Penanganan interaksi tertunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback messaging</source>
        <translation>Pesan lewat saluran cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff productivity</source>
        <translation>Produktivitas karyawan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People with a mobile phone</source>
        <translation>Orang yang memiliki ponsel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units per US dollar</source>
        <translation>Satuan per dolar AS</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Internet users</source>
        <translation>Pengguna internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartphone owners</source>
        <translation>Pemilik ponsel pintar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPhone share</source>
        <translation>Porsi iPhone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sub-Saharan Africa</source>
        <translation>Afrika Sub-Sahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East and North Africa</source>
        <translation>Timur Tengah dan Afrika Utara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>Amerika Latin dan Karibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Asia</source>
        <translation>Asia Selatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia and the Caucasus</source>
        <translation>Asia Tengah dan Kaukasus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Asia</source>
        <translation>Asia Timur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southeast Asia</source>
        <translation>Asia Tenggara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Oseania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Eropa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>Amerika Utara</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/log_view.py" line="+33"/>
        <location line="+3"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Type a decision and press Enter</source>
        <translation>Ketik keputusan lalu tekan Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/main_window.py" line="+197"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Rencana baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Simpan seb&amp;agai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Kembalikan ke versi tersimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import functions from spreadsheet…</source>
        <translation>&amp;Impor kegiatan dari spreadsheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>Ekspor &amp;hasil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Continuity Planner</source>
        <translation>&amp;Tentang Continuity Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing the results</source>
        <translation>Hentikan penghitungan hasil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Still to do:</source>
        <translation>Masih perlu diisi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing missing here.</source>
        <translation>Tidak ada yang kurang di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuity Planner</source>
        <translation>Continuity Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled plan</source>
        <translation>Rencana tanpa judul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — %2 — Continuity Planner</source>
        <translation>%1[*] — %2 — Continuity Planner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The results shown are for the plan before your latest changes; they are computed again at your next change.</source>
        <translation>Hasil yang ditampilkan adalah untuk rencana sebelum perubahan terakhir Anda; hasil akan dihitung ulang pada perubahan Anda berikutnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results could not be computed: %1</source>
        <translation>Hasil tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes cannot be backed up in %1: %2. Save the plan to keep them safe.</source>
        <translation>Perubahan yang belum disimpan tidak dapat dicadangkan di %1: %2. Simpan rencana agar perubahan itu aman.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>Ada perubahan pada rencana yang belum disimpan. Simpan dulu?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open plan</source>
        <translation>Buka rencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Continuity plans (*%1)</source>
        <translation>Rencana kelangsungan usaha (*%1)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot open %1</source>
        <translation>Tidak dapat membuka %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be opened as a plan. Your current plan is unchanged.</source>
        <translation>Berkas ini tidak dapat dibuka sebagai rencana. Rencana Anda saat ini tidak berubah.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent plans</source>
        <translation>Belum ada rencana terakhir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save plan as</source>
        <translation>Simpan rencana sebagai</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan could not be saved to %1: %2. Nothing was lost; choose another folder with Save As.</source>
        <translation>Rencana tidak dapat disimpan ke %1: %2. Tidak ada yang hilang; pilih folder lain dengan Simpan sebagai.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert to saved</source>
        <translation>Kembalikan ke versi tersimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away every change since the plan was last saved?</source>
        <translation>Buang semua perubahan sejak rencana terakhir disimpan?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Continuity Planner</source>
        <translation>Tentang Continuity Planner</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../continuity_app/gui/outage/message_box.py" line="+39"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message to paste it into the app you send it with.</source>
        <translation>Salin pesan ini untuk ditempel di aplikasi yang Anda pakai untuk mengirimnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As SMS: %1 characters in %2 SMS.</source>
        <translation>Sebagai SMS: %1 karakter dalam %2 SMS.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR codes cannot be shown: the segno package is missing from this installation.</source>
        <translation>Kode QR memerlukan paket segno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan to open %1.</source>
        <translation>Pindai untuk membuka %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of %1</source>
        <translation>Kode QR %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../../continuity_app/core/message_templates.py" line="+44"/>
        <source>{business}: WhatsApp is not working right now, but we are open. Message us on {channel} and we will answer as usual. Orders and payments continue there, and we will confirm each one. Thank you for your patience.</source>
        <translation>{business}: WhatsApp sedang bermasalah, tetapi kami tetap buka. Silakan hubungi kami lewat {channel} dan kami akan membalas seperti biasa. Pesanan dan pembayaran tetap bisa lewat sana, dan semuanya akan kami konfirmasi satu per satu. Terima kasih atas kesabarannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we work on {channel}: take orders there, write each one in the order log, and check {channel} at least every 30 minutes.</source>
        <translation>Rencana gangguan aktif: WhatsApp sedang mati. Sampai pemimpin penanganan gangguan menyatakan WhatsApp pulih, kita bekerja lewat {channel}: terima pesanan di sana, catat setiap pesanan di buku pesanan, dan cek {channel} minimal setiap 30 menit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{business}: WhatsApp is down on our side. Please send orders, invoices and delivery updates on {channel} until we tell you it works again. Payments continue as agreed.</source>
        <translation>{business}: WhatsApp kami sedang bermasalah. Mohon kirim pesanan, faktur, dan kabar pengiriman lewat {channel} sampai kami kabari WhatsApp sudah normal kembali. Pembayaran tetap sesuai kesepakatan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{business}: WhatsApp is down but we are open. Reply by SMS or call us to order or ask; we confirm by SMS.</source>
        <translation>{business}: WhatsApp sedang mati, tapi kami tetap buka. Untuk pesan/tanya, balas SMS ini atau telepon kami; konfirmasi lewat SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we phone and text each other. Log every order.</source>
        <translation>WhatsApp mati, rencana gangguan aktif. Sampai pemimpin penanganan gangguan bilang pulih, kita saling telepon dan SMS. Catat setiap pesanan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{business}: WhatsApp is down. Please call or text us about orders and deliveries until we say it is back.</source>
        <translation>{business}: WhatsApp kami sedang mati. Mohon telepon atau SMS kami untuk pesanan dan pengiriman sampai kami kabari sudah pulih.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+105"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audience</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS segments</source>
        <translation>Segmen SMS</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="+268"/>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../continuity_app/gui/new_task_dialog.py" line="+41"/>
        <source>New preparation task</source>
        <translation>Tugas persiapan baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: print the shop&apos;s SMS number on every receipt</source>
        <translation>Contoh: cetak nomor SMS toko di setiap struk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due by</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Say what has to be done, in a few words.</source>
        <translation>Tulis singkat apa yang harus dikerjakan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no activity yet: add one on the Functions page first.</source>
        <translation>Rencana belum punya kegiatan: tambahkan dulu di halaman Kegiatan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what share of the activity&apos;s customers the channel will reach once the task is done (more than 0%).</source>
        <translation>Sebutkan berapa bagian pelanggan kegiatan ini yang akan dijangkau saluran setelah tugas selesai (lebih dari 0%).</translation>
    </message>
</context>
<context>
    <name>OutageActions</name>
    <message>
        <location filename="../../continuity_app/gui/outage/actions.py" line="+43"/>
        <source>O&amp;utage</source>
        <translation>&amp;Gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp mati: mulai mode gangguan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Jalankan latihan simulasi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an outage log…</source>
        <translation>Lanjutkan log gangguan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The exercise scripts cannot be read.</source>
        <translation>Skrip latihan tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exercise cannot be run.</source>
        <translation>Latihan ini tidak dapat dijalankan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume an outage log</source>
        <translation>Lanjutkan log gangguan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage logs (*%1)</source>
        <translation>Log gangguan (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be opened as an outage log.</source>
        <translation>%1 tidak dapat dibuka sebagai log gangguan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outage mode</source>
        <translation>Mode gangguan</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../continuity_app/gui/outage/window.py" line="+114"/>
        <source>Tabletop exercise: %1</source>
        <translation>Latihan simulasi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage mode: %1</source>
        <translation>Mode gangguan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare the outage</source>
        <translation>Nyatakan gangguan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the criteria are confirmed: the plan is active from now.</source>
        <translation>Setelah kriteria dipastikan terpenuhi: rencana berlaku mulai sekarang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand down</source>
        <translation>Nyatakan gangguan berakhir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is back: the return-to-normal checklist follows.</source>
        <translation>Layanan sudah pulih: berikutnya daftar periksa untuk kembali normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and review</source>
        <translation>Tutup dan evaluasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the outage and see the after-action review; the log is kept.</source>
        <translation>Akhiri gangguan dan lihat evaluasinya; log tetap disimpan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event: %1
%2</source>
        <translation>Kejadian: %1
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every change is saved at once to %1.</source>
        <translation>Setiap perubahan langsung disimpan ke %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be saved to %1: %2. You can go on working in this window; free some space or fix the folder, and the next change saves the whole log.</source>
        <translation>Log tidak dapat disimpan ke %1: %2. Penanganan gangguan tetap berjalan di sini; kosongkan sebagian ruang penyimpanan atau perbaiki foldernya, dan perubahan berikutnya akan menyimpan seluruh log.</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+25"/>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="+26"/>
        <source>Change country mix</source>
        <translation>Ubah sebaran negara</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="-8"/>
        <source>Change business name</source>
        <translation>Ubah nama usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sector</source>
        <translation>Ubah bidang usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change currency</source>
        <translation>Ubah mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exchange rate</source>
        <translation>Ubah kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff</source>
        <translation>Ubah jumlah karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff cost</source>
        <translation>Ubah biaya karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change gross margin</source>
        <translation>Ubah margin kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer lifetime value</source>
        <translation>Ubah nilai seumur hidup pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change opening hours</source>
        <translation>Ubah jam buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the largest loss you can bear</source>
        <translation>Ubah kerugian terbesar yang sanggup Anda tanggung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change minimum service</source>
        <translation>Ubah layanan minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change loss basis</source>
        <translation>Ubah dasar perhitungan kerugian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the outage to plan for</source>
        <translation>Ubah gangguan yang diantisipasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulated years</source>
        <translation>Ubah jumlah tahun yang disimulasikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulation number</source>
        <translation>Ubah nomor simulasi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/details.py" line="+29"/>
        <source>Change plan owner</source>
        <translation>Ubah penanggung jawab rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change approver</source>
        <translation>Ubah pemberi persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan version</source>
        <translation>Ubah versi rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan summary</source>
        <translation>Ubah ringkasan rencana</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe when to declare an outage</source>
        <translation>Jelaskan kapan gangguan dinyatakan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add activation criterion</source>
        <translation>Tambah kriteria aktivasi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit activation criterion</source>
        <translation>Ubah kriteria aktivasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove activation criterion</source>
        <translation>Hapus kriteria aktivasi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New role</source>
        <translation>Peran baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add role</source>
        <translation>Tambah peran</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove role {name}</source>
        <translation>Hapus peran “{name}”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change whom {name} calls</source>
        <translation>Ubah siapa yang ditelepon “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role {name}</source>
        <translation>Ubah peran “{name}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add message</source>
        <translation>Tambah pesan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove message</source>
        <translation>Hapus pesan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use suggested text</source>
        <translation>Gunakan teks saran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change message audience</source>
        <translation>Ubah penerima pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message channel</source>
        <translation>Ubah saluran pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message language</source>
        <translation>Ubah bahasa pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit message text</source>
        <translation>Ubah teks pesan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/fallbacks.py" line="+43"/>
        <source>Change readiness of {channel}</source>
        <translation>Ubah kesiapan {channel}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change activation delay of {channel}</source>
        <translation>Ubah jeda peralihan {channel}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use the country figures for {channel}</source>
        <translation>Gunakan angka negara untuk {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set what you know about {channel}</source>
        <translation>Isi yang Anda ketahui tentang {channel}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/functions.py" line="+76"/>
        <source>New function {number}</source>
        <translation>Kegiatan baru {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add function</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {name}</source>
        <translation>Hapus “{name}”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change {field} of {name}</source>
        <translation>Ubah “{field}” untuk “{name}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace functions from {file}</source>
        <translation>Ganti kegiatan dengan isi {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add functions from {file}</source>
        <translation>Tambah kegiatan dari {file}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import chat into {name}</source>
        <translation>Impor chat ke “{name}”</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/scenarios.py" line="+20"/>
        <source>Custom scenario {number}</source>
        <translation>Skenario sendiri {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add custom scenario</source>
        <translation>Tambah skenario sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario “{name}”</source>
        <translation>Tambah skenario “{name}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove scenario “{name}”</source>
        <translation>Hapus skenario “{name}”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>Ganti nama skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario duration</source>
        <translation>Ubah durasi skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario frequency</source>
        <translation>Ubah frekuensi skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what fails in “{name}”</source>
        <translation>Ubah yang mati dalam “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start of “{name}”</source>
        <translation>Ubah waktu mulai “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change “{name}”</source>
        <translation>Ubah “{name}”</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/tasks.py" line="+53"/>
        <source>Plan the recommended portfolio</source>
        <translation>Rencanakan paket langkah yang disarankan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step: {title}</source>
        <translation>Rencanakan langkah “{title}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add task: {title}</source>
        <translation>Tambah tugas “{title}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change task: {title}</source>
        <translation>Ubah tugas “{title}”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark done: {title}</source>
        <translation>Tandai selesai “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status: {title}</source>
        <translation>Ubah status “{title}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove task: {title}</source>
        <translation>Hapus tugas “{title}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the plan as reviewed</source>
        <translation>Tandai rencana sudah ditinjau</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/incident.py" line="+45"/>
        <source>Record the exercise</source>
        <translation>Catat latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outage</source>
        <translation>Catat gangguan</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message numerus="yes">
        <location filename="../../continuity_app/io/planfile.py" line="+90"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n masalah:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... dan %n lainnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>use lowercase letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>gunakan hanya huruf kecil, angka, &apos;-&apos; dan &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a three-letter ISO 4217 currency code such as USD, BRL or INR</source>
        <translation>gunakan kode mata uang ISO 4217 tiga huruf, mis. USD, BRL, atau IDR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a language code such as ar, en or pt-BR</source>
        <translation>gunakan kode bahasa, mis. ar, en, atau pt-BR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must match {pattern}</source>
        <translation>harus sesuai dengan pola {pattern}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object {...}</source>
        <translation>sebuah objek {...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list [...]</source>
        <translation>sebuah daftar [...]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not a number; write a number such as 12 or 0.5</source>
        <translation>{value} bukan angka; tulis angka seperti 12 atau 0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; write one such as 12</source>
        <translation>{value} bukan bilangan bulat; tulis bilangan seperti 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an object; write its fields in braces {{...}}</source>
        <translation>{value} bukan objek; tulis isiannya di dalam kurung kurawal {{...}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a number a plan can hold (NaN, Infinity, or too large, such as 1e400); write an ordinary number</source>
        <translation>{value} bukan angka yang dapat dimuat rencana (NaN, Infinity, atau terlalu besar, seperti 1e400); tulis angka biasa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not text; write it in double quotes</source>
        <translation>{value} bukan teks; tulis di antara tanda kutip ganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a list; write its items in square brackets [...]</source>
        <translation>{value} bukan daftar; tulis butirnya di dalam kurung siku [...]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than {limit} characters; write it shorter</source>
        <translation>lebih dari {limit} karakter; tulis lebih singkat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be empty; write a few words</source>
        <translation>tidak boleh kosong; tulis beberapa kata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} must be at least {limit}</source>
        <translation>{value} harus paling sedikit {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be at most {limit}</source>
        <translation>{value} harus paling banyak {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be more than {limit}</source>
        <translation>{value} harus lebih dari {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be less than {limit}</source>
        <translation>{value} harus kurang dari {limit}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing</source>
        <translation>tidak ada (wajib diisi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a known field (check its spelling)</source>
        <translation>bukan nama isian yang dikenal (periksa ejaannya)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not valid; {hint}</source>
        <translation>{value} tidak sah; {hint}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file has no schema version; is it a plan file made by this application? Plan files made by this application begin with &quot;schema_version&quot;: {version}.</source>
        <translation>berkas tidak memiliki versi skema; apakah ini berkas rencana buatan aplikasi ini? Berkas rencana buatan aplikasi ini diawali dengan &quot;schema_version&quot;: {version}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{version} is not a plan format this application knows</source>
        <translation>{version} bukan format rencana yang dikenal aplikasi ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan was written by a newer version of the application (schema {version}; this one reads up to {supported}). Update the application to open it.</source>
        <translation>rencana ini dibuat dengan versi aplikasi yang lebih baru (skema {version}; versi ini hanya bisa membaca sampai {supported}). Perbarui aplikasi untuk membukanya.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file does not hold a plan (expected a JSON object)</source>
        <translation>berkas ini tidak berisi rencana (seharusnya objek JSON)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file does not exist</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this is a folder, not a plan file</source>
        <translation>ini folder, bukan berkas rencana</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{version} is not a schema version; plan files made by this application have a whole number here, such as {current}</source>
        <translation>{version} bukan versi skema; berkas rencana buatan aplikasi ini berisi bilangan bulat di sini, seperti {current}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file is larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>berkas lebih besar daripada rencana mana pun (berkas rencana paling besar {limit}); apakah ini benar-benar rencana buatan aplikasi ini?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is {size}, larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>berkas berukuran {size}, lebih besar daripada rencana mana pun (berkas rencana paling besar {limit}); apakah ini benar-benar rencana buatan aplikasi ini?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a named pipe</source>
        <translation>sebuah named pipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>sebuah perangkat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>sebuah soket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>sesuatu yang bukan berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is {kind}, not a plan file; choose a .cplan file saved by the application</source>
        <translation>ini {kind}, bukan berkas rencana; pilih berkas .cplan yang disimpan oleh aplikasi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be read ({reason})</source>
        <translation>berkas tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {key} is written twice in one object, so which value is meant cannot be told; keep only one of them</source>
        <translation>isian {key} tertulis dua kali dalam satu objek, sehingga tidak bisa diketahui nilai mana yang dimaksud; sisakan salah satunya saja</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the file nests brackets hundreds of levels deep, which no plan does; is it really a plan made by this application?</source>
        <translation>berkas ini menumpuk kurung hingga ratusan tingkat, hal yang tidak dilakukan rencana mana pun; apakah ini benar-benar rencana buatan aplikasi ini?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is not UTF-8 text; is it really a plan?</source>
        <translation>berkas bukan teks UTF-8; apakah ini benar-benar rencana?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is not valid JSON (line {line}, column {column})</source>
        <translation>berkas bukan JSON yang sah (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/inputs.py" line="+32"/>
        <source>{code} is not a currency this application knows (an ISO 4217 code)</source>
        <translation>{code} bukan mata uang yang dikenal aplikasi ini (kode ISO 4217)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>{name} is not a known channel; use one of: {known}</source>
        <translation>{name} bukan saluran yang dikenal; gunakan salah satu dari: {known}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a known layer; use one of: {known}</source>
        <translation>{name} bukan lapisan yang dikenal; gunakan salah satu dari: {known}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+100"/>
        <source>has {count} entries, more than any plan needs; at most {limit}</source>
        <translation>berisi {count} entri, lebih banyak dari yang diperlukan rencana mana pun; paling banyak {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is a yes/no value, not a number; write a number here</source>
        <translation>{value} adalah nilai ya/tidak, bukan angka; tulis angka di sini</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>low &lt;= likely &lt;= high must hold, got {low}, {likely}, {high}</source>
        <translation>harus berlaku low &lt;= likely &lt;= high, tetapi nilainya {low}, {likely}, {high}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} must be greater than {low}</source>
        <translation>{value} harus lebih besar dari {low}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>{value} must be at least {low}</source>
        <translation>{value} harus minimal {low}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} tidak berada di antara {low} dan {high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} must be at most {high}</source>
        <translation>{value} harus maksimal {high}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value} is more money than any business deals in; amounts in a plan are at most {limit} in the plan currency</source>
        <translation>{value} adalah jumlah uang yang lebih besar daripada yang ditangani usaha mana pun; jumlah dalam rencana paling besar {limit} dalam mata uang rencana</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+83"/>
        <source>needs at least one country</source>
        <translation>perlu setidaknya satu negara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not an ISO 3166-1 alpha-2 country code</source>
        <translation>{code} bukan kode negara ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not one of the {count} countries this application has figures for; use the country&apos;s ISO 3166-1 code (BR for Brazil, NG for Nigeria: the Sources page lists them all under Countries)</source>
        <translation>{code} bukan salah satu dari {count} negara yang angkanya dimiliki aplikasi ini; gunakan kode ISO 3166-1 negara itu (BR untuk Brasil, NG untuk Nigeria: halaman Sumber mencantumkan semuanya di Negara)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of {code} is {share}; it must be above 0 and at most 1</source>
        <translation>porsi {code} adalah {share}; harus di atas 0 dan maksimal 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shares add up to {total}; they must add up to 1</source>
        <translation>jumlah porsi {total}; jumlahnya harus 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{interval} is not an interval like &apos;09:00-17:30&apos;</source>
        <translation>{interval} bukan rentang waktu seperti &apos;09:00-17:30&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{interval} must end after it starts, by 24:00</source>
        <translation>{interval} harus berakhir setelah mulai, paling lambat 24:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} units per US dollar is more than any currency needs; the rate is at most {limit}</source>
        <translation>{value} unit per Dolar Amerika Serikat melebihi kebutuhan mata uang mana pun; kurs paling besar {limit}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not a channel id</source>
        <translation>{name} bukan id saluran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the channels&apos; shares add up to {total}%; together they can be at most 100%</source>
        <translation>jumlah porsi saluran {total}%; jika dijumlahkan, paling banyak 100%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} interactions a day is more than any business handles; the most a plan accepts is {limit}</source>
        <translation>{value} interaksi sehari melebihi yang ditangani usaha mana pun; rencana menerima paling banyak {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} hours is more than a year; a counterpart who waits that long waits for good, so write at most {limit}</source>
        <translation>{value} jam lebih dari setahun; kontak yang menunggu selama itu tidak akan kembali, jadi tulis paling banyak {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} messages for one interaction is too many; at most {limit}</source>
        <translation>{value} pesan untuk satu interaksi terlalu banyak; paling banyak {limit}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a {kind} function needs staff_affected and productivity_loss</source>
        <translation>kegiatan jenis {kind} memerlukan staff_affected dan productivity_loss</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+28"/>
        <source>{value} people is more than any employer has; write at most {limit}</source>
        <translation>{value} orang melebihi jumlah karyawan pemberi kerja mana pun; tulis paling banyak {limit}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>needs %n value(s), got {count}</source>
        <translation>
            <numerusform>memerlukan %n nilai, tetapi ada {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must not be negative</source>
        <translation>bobot tidak boleh negatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights are relative; write them smaller, each at most {limit}</source>
        <translation>bobot bersifat relatif; tulis lebih kecil, masing-masing paling besar {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one weight must be above 0</source>
        <translation>setidaknya satu bobot harus di atas 0</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+60"/>
        <source>this scenario&apos;s shortest length ({low} h) must be below its longest ({high} h)</source>
        <translation>lama terpendek skenario ini ({low} jam) harus lebih kecil daripada lama terpanjangnya ({high} jam)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/whole.py" line="+41"/>
        <source>function id {id} is used twice</source>
        <translation>id kegiatan {id} dipakai dua kali</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario id {id} is used twice</source>
        <translation>id skenario {id} dipakai dua kali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no function has id {id}</source>
        <translation>tidak ada kegiatan dengan id {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is listed twice for {function}</source>
        <translation>{channel} tercantum dua kali untuk {function}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role id {id} is used twice</source>
        <translation>id peran {id} dipakai dua kali</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no role has id {id}</source>
        <translation>tidak ada peran dengan id {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role cannot call itself</source>
        <translation>sebuah peran tidak bisa menelepon dirinya sendiri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task id {id} is used twice</source>
        <translation>id tugas {id} dipakai dua kali</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no scenario has id {id}</source>
        <translation>tidak ada skenario dengan id {id}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_page.py" line="+123"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the owner of the plan.</source>
        <translation>Sebutkan penanggung jawab rencana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say when an outage is declared (activation criteria).</source>
        <translation>Tentukan kapan gangguan dinyatakan (kriteria aktivasi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one role with a holder and an alternate.</source>
        <translation>Tambahkan setidaknya satu peran dengan pemegang peran dan pengganti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &apos;%1&apos; has no alternate.</source>
        <translation>Peran &apos;%1&apos; belum punya pengganti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message for customers.</source>
        <translation>Tulis pesan untuk pelanggan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document control and activation</source>
        <translation>Kontrol dokumen dan aktivasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and contact tree</source>
        <translation>Peran dan pohon kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Document control</source>
        <translation>Kontrol dokumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner:</source>
        <translation>Penanggung jawab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Disetujui oleh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version:</source>
        <translation>Versi rencana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Ringkasan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner</source>
        <translation>Penanggung jawab rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps this plan up to date</source>
        <translation>Siapa yang menjaga rencana ini tetap mutakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs the plan off</source>
        <translation>Siapa yang mengesahkan rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version</source>
        <translation>Versi rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this plan covers, in a sentence or two</source>
        <translation>Cakupan rencana ini, dalam satu atau dua kalimat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Activation criteria</source>
        <translation>Kriteria aktivasi</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Declare an outage when any of these is true. Double-click a line to edit it; clear a line to remove it.</source>
        <translation>Nyatakan gangguan jika salah satu kondisi ini terjadi. Klik dua kali sebuah baris untuk mengubahnya; kosongkan baris untuk menghapusnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>Tambah kriteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>Hapus kriteria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles and alternates</source>
        <translation>Peran dan pengganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>Tambah peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>Hapus peran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact tree: who calls whom</source>
        <translation>Pohon kontak: siapa menelepon siapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Pemegang peran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Pohon kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Menelepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles the selected role calls</source>
        <translation>Peran yang ditelepon oleh peran terpilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready-to-send messages</source>
        <translation>Pesan siap kirim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>Pesan baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove message</source>
        <translation>Hapus pesan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>Pesan yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Penerima:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Saluran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Teks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;suggested text</source>
        <translation>Gunakan teks &amp;saran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the text with the suggested message for this audience and channel, in the message&apos;s language (Undo brings your text back).</source>
        <translation>Ganti teks dengan pesan saran untuk penerima dan saluran ini, dalam bahasa pesan tersebut (Urungkan mengembalikan teks Anda).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>Teks pesan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send, with the number or link to use instead of WhatsApp</source>
        <translation>Yang akan dikirim, dengan nomor atau tautan pengganti WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS length</source>
        <translation>Panjang SMS</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_roles.py" line="+157"/>
        <source>Select a role to choose whom it calls.</source>
        <translation>Pilih peran untuk menentukan siapa yang ditelepon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add another role to choose whom &apos;%1&apos; calls.</source>
        <translation>Tambahkan peran lain untuk menentukan siapa yang ditelepon &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an outage is declared, &apos;%1&apos; calls:</source>
        <translation>Saat gangguan dinyatakan, &apos;%1&apos; menelepon:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+173"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n segmen SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>sisa %n di segmen ini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part is charged.</source>
        <translation>Satu SMS memuat %1 karakter dalam GSM-7 (huruf Latin) atau %2 dalam UCS-2 (Arab, Hindi, emoji). Pesan yang lebih panjang dipecah menjadi bagian berisi %3 atau %4 karakter, dan setiap bagian dikenai biaya.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no suggested text in %1 yet: the suggestion is in English. Translate it before you send it.</source>
        <translation>Belum ada teks saran dalam %1: saran ini berbahasa Inggris. Terjemahkan sebelum Anda mengirimnya.</translation>
    </message>
</context>
<context>
    <name>PlanRender</name>
    <message>
        <location filename="../../continuity_app/report/fonts.py" line="+44"/>
        <source>font file {name} is missing from {folder}</source>
        <translation>berkas fon {name} tidak ada di {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>font file {path} cannot be read: {reason}</source>
        <translation>berkas fon {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>font file {path} is not a TrueType or OpenType font</source>
        <translation>berkas fon {path} bukan fon TrueType atau OpenType</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Qt could not load the font file {path}</source>
        <translation>Qt tidak dapat memuat berkas fon {path}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>matplotlib could not load {path}: {error}</source>
        <translation>matplotlib tidak dapat memuat {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-332"/>
        <source>The plan is printed with the system&apos;s fonts instead: it may look different on other machines, and some scripts may show as boxes.</source>
        <translation>Sebagai gantinya, rencana dicetak dengan fon sistem: tampilannya bisa berbeda di komputer lain, dan sebagian aksara mungkin tampil sebagai kotak.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>Grafik tidak dapat digambar: {error}</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>cannot start painting on the output device</source>
        <translation>tidak dapat mulai menggambar pada perangkat keluaran</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-36"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+109"/>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} tidak ada</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+16"/>
        <source>nothing was written to {path}</source>
        <translation>tidak ada yang tertulis ke {path}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../continuity_app/gui/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>Sama dengan antarmuka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language writes them</source>
        <translation>Sesuai kebiasaan bahasanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western digits (0123)</source>
        <translation>Angka Barat (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation>Angka Arab-India (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes, hours or days as fits</source>
        <translation>Menit, jam, atau hari sesuai kebutuhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hours</source>
        <translation>Selalu dalam jam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>Bahasa rencana cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of new plans</source>
        <translation>Mata uang rencana baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit for durations</source>
        <translation>Satuan durasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Bahasa antarmuka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printed plan language:</source>
        <translation>Bahasa rencana &amp;cetak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;Angka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urations:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency of new plans:</source>
        <translation>&amp;Mata uang rencana baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when you next start.</source>
        <translation>Bahasa antarmuka baru berlaku saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../continuity_app/gui/print_actions.py" line="+47"/>
        <source>Print Previe&amp;w…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Ekspor P&amp;DF…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot print the plan</source>
        <translation>Rencana tidak dapat dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be printed: %1</source>
        <translation>Rencana tidak dapat dicetak: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview — continuity plan</source>
        <translation>Pratinjau cetak — rencana kelangsungan usaha</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the continuity plan</source>
        <translation>Cetak rencana kelangsungan usaha</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the plan as PDF</source>
        <translation>Ekspor rencana sebagai PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported the plan to {path} (%n page(s))</source>
        <translation>
            <numerusform>Rencana diekspor ke {path} (%n halaman)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-71"/>
        <source>Continuity plan · version {version}</source>
        <translation>Rencana kelangsungan usaha · versi {version}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/page.py" line="+146"/>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+47"/>
        <source>Business continuity plan</source>
        <translation>Rencana kelangsungan usaha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity of customer contact, orders and payments when WhatsApp fails</source>
        <translation>Kelangsungan kontak pelanggan, pesanan, dan pembayaran saat WhatsApp mati</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+33"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+8"/>
        <source>Plan version</source>
        <translation>Versi rencana</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-45"/>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preparation task is in this plan yet. On the Recommendations page, “Add this step to the action plan” makes a recommended step a task with an owner, a due date and its cost; the steps worth taking are listed in section {section}.</source>
        <translation>Belum ada tugas persiapan dalam rencana ini. Di halaman Rekomendasi, “Tambahkan langkah ini ke rencana aksi” menjadikan langkah yang disarankan sebuah tugas dengan penanggung jawab, tenggat, dan biayanya; langkah yang layak diambil tercantum di bagian {section}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures of this plan count only the tasks already done. The second column shows where the business will stand once every open task is done.</source>
        <translation>Angka dalam rencana ini hanya menghitung tugas yang sudah selesai. Kolom kedua menunjukkan posisi usaha setelah semua tugas tersisa selesai.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every task is done or dropped: the figures of this plan include what the done tasks made ready.</source>
        <translation>Semua tugas sudah selesai atau dibatalkan: angka dalam rencana ini sudah mencakup apa yang disiapkan oleh tugas yang selesai.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>terpenuhi di {kept} dari {count} kegiatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>terpenuhi di {kept} dari {count} kegiatan; tidak terpenuhi: {names}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the open tasks are done</source>
        <translation>Setelah tugas tersisa selesai</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>lewat tenggat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}, {channel}: reaches {share} within {duration} once done.</source>
        <translation>{function}, {channel}: menjangkau {share} dalam {duration} setelah selesai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}, {channel}: in today&apos;s readiness.</source>
        <translation>{function}, {channel}: sudah termasuk dalam kesiapan hari ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{function}, {channel}</source>
        <translation>{function}, {channel}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tasks by due date</source>
        <translation>Tugas menurut tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-59"/>
        <location line="+41"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+46"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+26"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses: less than their savings one by one added up, because tasks for the same activity overlap.</source>
        <translation>Tugas tersisa membutuhkan biaya {one_off} sekali bayar dan {monthly} per bulan. Setelah semuanya selesai, tugas-tugas ini menghemat {saving} per tahun dari perkiraan kerugian: lebih kecil daripada jumlah penghematan masing-masing tugas, karena tugas untuk kegiatan yang sama saling tumpang tindih.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses.</source>
        <translation>Tugas tersisa membutuhkan biaya {one_off} sekali bayar dan {monthly} per bulan. Setelah semuanya selesai, tugas-tugas ini menghemat {saving} per tahun dari perkiraan kerugian.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Overdue on the day this plan was issued: %n task(s).</source>
        <translation>
            <numerusform>Lewat tenggat pada hari rencana ini diterbitkan: %n tugas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves/year: the expected yearly loss a task saves on its own, with the other tasks as they are today. A done task is counted in this plan&apos;s figures already; a dropped one counts nowhere.</source>
        <translation>Hemat/tahun: perkiraan kerugian per tahun yang dihemat oleh satu tugas saja, sementara tugas lain tetap seperti kondisinya hari ini. Tugas yang selesai sudah dihitung dalam angka rencana ini; tugas yang dibatalkan tidak dihitung di mana pun.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-50"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-66"/>
        <source>Document control</source>
        <translation>Kontrol dokumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Bidang usaha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of issue</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not named yet</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{date} (overdue)</source>
        <translation>{date} (lewat tenggat)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+41"/>
        <source>Approver</source>
        <translation>Pemberi persetujuan</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Distribution</source>
        <translation>Distribusi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed</source>
        <translation>Terakhir ditinjau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review date</source>
        <translation>Tanggal tinjauan berikutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+180"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+49"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+58"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+3"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+29"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+52"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+64"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-4"/>
        <source>Change history</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+32"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+20"/>
        <source>Purpose, scope and assumptions</source>
        <translation>Tujuan, cakupan, dan asumsi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+1"/>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan says what {business} does when WhatsApp, or the Meta services around it, stop working: who decides, whom to call, what to send to customers, staff and suppliers, and how each business function carries on until the service returns.</source>
        <translation>Rencana ini menjelaskan apa yang dilakukan {business} saat WhatsApp, atau layanan Meta di sekitarnya, berhenti bekerja: siapa yang memutuskan, siapa yang ditelepon, apa yang dikirim ke pelanggan, karyawan, dan pemasok, serta bagaimana setiap kegiatan usaha tetap berjalan sampai layanan pulih.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-29"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+11"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+12"/>
        <source>Business function</source>
        <translation>Kegiatan usaha</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-245"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+3"/>
        <source>Share on WhatsApp</source>
        <translation>Porsi di WhatsApp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterparts by country: {countries}. Currency: {currency}.</source>
        <translation>Kontak per negara: {countries}. Mata uang: {currency}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumptions</source>
        <translation>Asumsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost revenue</source>
        <translation>pendapatan yang hilang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost gross margin</source>
        <translation>margin kotor yang hilang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lost sales are counted as {basis}.</source>
        <translation>Penjualan yang hilang dihitung sebagai {basis}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages can start at any hour: a scenario&apos;s loss is the average over every start hour of the week, and the worst start is shown beside it.</source>
        <translation>Gangguan bisa mulai kapan saja: kerugian sebuah skenario adalah rata-rata dari setiap jam mulai dalam seminggu, dan waktu mulai terburuk ditampilkan di sampingnya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figures are estimates from the plan&apos;s inputs and the reference data listed in appendix A, each with its source and confidence.</source>
        <translation>Angka-angka ini adalah perkiraan dari masukan rencana dan data rujukan yang tercantum di lampiran A, masing-masing dengan sumber dan tingkat keyakinannya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An outage cuts off the channels that run on what it stops: a WhatsApp-only outage cuts off WhatsApp alone, a Meta outage also Instagram, Messenger and Facebook. The share of a function&apos;s interactions that its listed channels do not carry (in person, by phone, elsewhere) is taken to carry on as usual, but is not counted towards its minimum service.</source>
        <translation>Gangguan memutus saluran yang bergantung pada apa yang dihentikannya: gangguan WhatsApp saja hanya memutus WhatsApp, gangguan Meta juga memutus Instagram, Messenger, dan Facebook. Porsi interaksi suatu kegiatan yang tidak lewat salurannya (datang langsung, lewat telepon, cara lain) dianggap tetap berjalan seperti biasa, tetapi tidak dihitung dalam layanan minimumnya.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-31"/>
        <source>Impact summary</source>
        <translation>Ringkasan dampak</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+31"/>
        <source>Key figure</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Outage scenarios</source>
        <translation>Skenario gangguan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Yang mati</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+1"/>
        <source>Length</source>
        <translation>Lama</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+106"/>
        <source>Loss</source>
        <translation>Kerugian</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Worst start</source>
        <translation>Mulai terburuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Per tahun</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impact over time</source>
        <translation>Dampak dari waktu ke waktu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exposure by function</source>
        <translation>Risiko per kegiatan</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>breached for {duration}</source>
        <translation>tidak tercapai selama {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met after {duration}</source>
        <translation>tercapai setelah {duration}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-9"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+48"/>
        <source>Function</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>On WhatsApp</source>
        <translation>Di WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+63"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One outage</source>
        <translation>Satu gangguan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Satu tahun</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+2"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="-28"/>
        <source>Dependencies and single points of failure</source>
        <translation>Ketergantungan dan titik kegagalan tunggal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+8"/>
        <source>The Meta group fails together.</source>
        <translation>Grup Meta mati bersamaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channels} run on the same Meta infrastructure. When it fails, as on 4 October 2021 for about six hours, all of them stop at once: none of them is a fallback for WhatsApp.</source>
        <translation>{channels} berjalan di infrastruktur Meta yang sama. Saat infrastruktur itu mati, seperti pada 4 Oktober 2021 selama sekitar enam jam, semuanya berhenti sekaligus: tidak satu pun bisa menjadi cadangan WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which functions rely on which layers</source>
        <translation>Kegiatan mana bergantung pada lapisan mana</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+57"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Bergantung pada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>jalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails</source>
        <translation>mati</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} (today)</source>
        <translation>{channel} (saat ini)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{function}: no fallback channel at all; WhatsApp is a single point of failure.</source>
        <translation>{function}: sama sekali tidak ada saluran cadangan; WhatsApp adalah titik kegagalan tunggal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}: no fallback channel at all, and every outage of the plan stops the channels it runs on.</source>
        <translation>{function}: sama sekali tidak ada saluran cadangan, dan setiap gangguan dalam rencana menghentikan saluran yang dipakai kegiatan ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{function}: no fallback keeps working in: {scenario}.</source>
        <translation>{function}: tidak ada saluran cadangan yang tetap berjalan dalam: {scenario}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Single points of failure</source>
        <translation>Titik kegagalan tunggal</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every function has a fallback that survives every scenario.</source>
        <translation>Setiap kegiatan punya saluran cadangan yang tetap berjalan di setiap skenario.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+23"/>
        <source>{declarer}; if unreachable, the alternate {alternate}</source>
        <translation>{declarer}; jika tidak dapat dihubungi, penggantinya {alternate}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Activation criteria and who may declare</source>
        <translation>Kriteria aktivasi dan siapa yang boleh menyatakan gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an outage when</source>
        <translation>Nyatakan gangguan jika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activation criteria are written in the plan yet.</source>
        <translation>Belum ada kriteria aktivasi yang ditulis di rencana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may declare</source>
        <translation>Siapa yang boleh menyatakan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role is named yet: name an outage lead in the plan.</source>
        <translation>Belum ada peran yang ditentukan: tunjuk pemimpin penanganan gangguan di rencana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="-15"/>
        <source>Roles and contact tree</source>
        <translation>Peran dan pohon kontak</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+16"/>
        <source>Holder</source>
        <translation>Pemegang peran</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Alternate</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate&apos;s phone</source>
        <translation>Telepon pengganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roles are named yet.</source>
        <translation>Belum ada peran yang ditentukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Pohon kontak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an outage is declared, each role calls the roles below it.</source>
        <translation>Saat gangguan dinyatakan, setiap peran menelepon peran di bawahnya.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/communications.py" line="+22"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Communications</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-send messages. SMS counts: characters as the network counts them, the encoding, and how many SMS segments each message takes (each segment is billed).</source>
        <translation>Pesan siap kirim. Hitungan SMS: jumlah karakter menurut hitungan jaringan, pengodean, dan berapa segmen SMS yang dibutuhkan setiap pesan (setiap segmen dikenai biaya).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message is written for this audience yet. A suggested text follows: adapt it before an outage.</source>
        <translation>Belum ada pesan untuk penerima ini. Berikut teks saran: sesuaikan sebelum terjadi gangguan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Channel: {channel}</source>
        <translation>Saluran: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>Bahasa: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS: {characters}, {encoding}, {segments}</source>
        <translation>SMS: {characters}, {encoding}, {segments}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmen SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-27"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>setiap %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-232"/>
        <source>Interactions per open day</source>
        <translation>Interaksi per hari buka</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-192"/>
        <source>The same outage, averaged over the week</source>
        <translation>Gangguan yang sama, dirata-rata selama seminggu</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+69"/>
        <source>While open</source>
        <translation>Saat buka</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+247"/>
        <source>card or bank transfer</source>
        <translation>kartu atau transfer bank</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Once prepared, use {channel} as well.</source>
        <translation>Setelah disiapkan, gunakan juga {channel}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the {audience} message on every channel that works.</source>
        <translation>Kirim pesan untuk {audience} di setiap saluran yang berfungsi.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Write every order taken on a fallback channel in the order book: time, name, phone, items, amount, channel.</source>
        <translation>Catat setiap pesanan yang diterima lewat saluran cadangan di buku pesanan: jam, nama, telepon, barang, jumlah, saluran.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{share} on WhatsApp</source>
        <translation>{share} di WhatsApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channels: {mix}</source>
        <translation>saluran: {mix}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{step} — on the action plan (section {section}), status: {status}.</source>
        <translation>{step} — ada di rencana aksi (bagian {section}), status: {status}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keep the message for {audience} (section {section}) up to date.</source>
        <translation>Pastikan pesan untuk {audience} (bagian {section}) selalu terbaru.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channel} will reach {share} within {duration}</source>
        <translation>{channel} akan menjangkau {share} dalam {duration}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When the open tasks are done (section {section}): {channels}.</source>
        <translation>Setelah tugas tersisa selesai (bagian {section}): {channels}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to {channel} within {duration} (fails in every scenario of this plan: do not rely on it).</source>
        <translation>Beralihlah ke {channel} dalam {duration} (mati di setiap skenario rencana ini: jangan mengandalkannya).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to {channel} within {duration} (fails together with WhatsApp in a Meta outage: only when WhatsApp alone is down).</source>
        <translation>Beralihlah ke {channel} dalam {duration} (ikut mati bersama WhatsApp saat gangguan Meta: hanya bisa dipakai jika yang mati WhatsApp saja).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to {channel} within {duration}.</source>
        <translation>Beralihlah ke {channel} dalam {duration}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take payment by {payment} and write down each payment reference with the order it belongs to.</source>
        <translation>Terima pembayaran lewat {payment} dan catat setiap referensi pembayaran beserta pesanannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer questions by the fallback channels; note who asked what for a follow-up once WhatsApp is back.</source>
        <translation>Jawab pertanyaan lewat saluran cadangan; catat siapa menanyakan apa untuk ditindaklanjuti setelah WhatsApp pulih.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drivers call in at fixed times; give drop-off times by phone and note changes on the delivery sheet.</source>
        <translation>Kurir menelepon pada jam yang sudah ditentukan; sampaikan waktu antar lewat telepon dan catat perubahan di lembar pengiriman.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the day&apos;s appointments by phone or SMS; note cancellations and new bookings in the diary.</source>
        <translation>Konfirmasi janji temu hari itu lewat telepon atau SMS; catat pembatalan dan reservasi baru di buku agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postpone broadcasts that are not urgent; send urgent notices by the fallback channels only.</source>
        <translation>Tunda siaran yang tidak mendesak; kirim pemberitahuan mendesak hanya lewat saluran cadangan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff check the fallback group at fixed times; shift changes are confirmed by phone.</source>
        <translation>Karyawan memeriksa grup cadangan pada jam yang sudah ditentukan; pergantian shift dikonfirmasi lewat telepon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place urgent orders with suppliers by phone and confirm them in writing (SMS or email).</source>
        <translation>Sampaikan pesanan mendesak ke pemasok lewat telepon dan konfirmasi secara tertulis (SMS atau email).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Reconcile: enter every order from the order book into the usual records and match each payment reference (section {section}).</source>
        <translation>Rekonsiliasi: masukkan setiap pesanan dari buku pesanan ke catatan yang biasa dan cocokkan setiap referensi pembayaran (bagian {section}).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tell {audience} that WhatsApp works again and where to write from now on.</source>
        <translation>Beri tahu {audience} bahwa WhatsApp sudah berfungsi lagi dan ke mana menghubungi mulai sekarang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work through the backlog: answer everyone who wrote during the outage, oldest first.</source>
        <translation>Selesaikan interaksi tertunda: balas semua yang menghubungi selama gangguan, mulai dari yang paling lama.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note what worked and what did not in the decision log.</source>
        <translation>Catat apa yang berhasil dan apa yang tidak di log keputusan.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="-269"/>
        <source>Fallback procedures per function</source>
        <translation>Prosedur cadangan per kegiatan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+27"/>
        <source>Before an outage</source>
        <translation>Sebelum gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During an outage</source>
        <translation>Selama gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the outage</source>
        <translation>Setelah gangguan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+27"/>
        <source>Resources</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-7"/>
        <source>On the action plan (section {section}).</source>
        <translation>Ada di rencana aksi (bagian {section}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fallback channels: {channels}</source>
        <translation>Saluran cadangan: {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printed copy of this plan and the outage card (appendix D) at the counter and at home with the outage lead.</source>
        <translation>Salinan cetak rencana ini dan kartu gangguan (lampiran D) di kasir dan di rumah pemimpin penanganan gangguan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact lists of customers, staff and suppliers with their consent, kept outside WhatsApp (phone book, spreadsheet, printed list).</source>
        <translation>Daftar kontak pelanggan, karyawan, dan pemasok beserta persetujuan mereka, disimpan di luar WhatsApp (buku telepon, spreadsheet, daftar cetak).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paper order book and a payment log for orders taken on fallback channels.</source>
        <translation>Buku pesanan kertas dan catatan pembayaran untuk pesanan lewat saluran cadangan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A charged second phone with credit on a different network, if possible.</source>
        <translation>Ponsel kedua yang terisi daya dan berpulsa, sebaiknya di jaringan operator lain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommended preparation</source>
        <translation>Persiapan yang disarankan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="-43"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Saves/year</source>
        <translation>Hemat/tahun</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Cost/year</source>
        <translation>Biaya/tahun</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preparation step saves more than it costs.</source>
        <translation>Tidak ada langkah persiapan yang penghematannya melebihi biayanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also worth considering</source>
        <translation>Juga layak dipertimbangkan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payback (months)</source>
        <translation>Balik modal (bulan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worth it now</source>
        <translation>Belum sepadan saat ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not now</source>
        <translation>Mengapa tidak sekarang</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="-45"/>
        <source>Return to normal and reconciliation</source>
        <translation>Kembali normal dan rekonsiliasi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+2"/>
        <source>Standing down</source>
        <translation>Mengakhiri penanganan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp delivers messages again (two ticks) on two phones on different networks for 30 minutes.</source>
        <translation>WhatsApp kembali mengirim pesan (dua centang) di dua ponsel dengan jaringan berbeda selama 30 menit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {role} declares the outage over.</source>
        <translation>{role} menyatakan gangguan berakhir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outage lead declares the outage over.</source>
        <translation>Pemimpin penanganan gangguan menyatakan gangguan berakhir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell customers, staff and suppliers, on the fallback channels too, that WhatsApp works again.</source>
        <translation>Beri tahu pelanggan, karyawan, dan pemasok, juga lewat saluran cadangan, bahwa WhatsApp sudah berfungsi lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconciling orders and payments</source>
        <translation>Rekonsiliasi pesanan dan pembayaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every order and payment taken on a fallback channel is entered in the usual records within one working day. Match each payment reference to its order; call the customer when one is missing. Fill in one line per channel:</source>
        <translation>Setiap pesanan dan pembayaran lewat saluran cadangan dimasukkan ke catatan biasa dalam satu hari kerja. Cocokkan setiap referensi pembayaran dengan pesanannya; telepon pelanggan jika ada yang kurang. Isi satu baris per saluran:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders taken</source>
        <translation>Pesanan diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received</source>
        <translation>Pembayaran diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in records</source>
        <translation>Sudah dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>Diperiksa oleh</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+14"/>
        <source>Exercise and review schedule</source>
        <translation>Jadwal latihan dan tinjauan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-34"/>
        <source>Call the contact tree: everyone answers or calls back</source>
        <translation>Uji pohon kontak: semua menjawab atau menelepon balik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a test message on every fallback channel</source>
        <translation>Kirim pesan uji di setiap saluran cadangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table-top exercise: walk through a Meta-wide outage with this plan</source>
        <translation>Latihan di atas meja: telusuri gangguan seluruh Meta dengan rencana ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the plan: figures, contacts, messages and fallbacks</source>
        <translation>Tinjau rencana: angka, kontak, pesan, dan saluran cadangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review after every real outage</source>
        <translation>Tinjau setelah setiap gangguan nyata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>within a week</source>
        <translation>dalam seminggu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-2"/>
        <source>How often</source>
        <translation>Seberapa sering</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Real outage, run in outage mode</source>
        <translation>Gangguan nyata, ditangani dengan mode gangguan</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s) of the plan not done; length {length}</source>
        <translation>
            <numerusform>%n langkah rencana tidak dilakukan; lama {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-37"/>
        <source>Computed by Continuity Planner from this plan file: the same figures as the Results page. {trials} simulated years (simulation number {seed}).</source>
        <translation>Dihitung oleh Continuity Planner dari berkas rencana ini: angka yang sama dengan halaman Hasil. {trials} tahun yang disimulasikan (nomor simulasi {seed}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="-33"/>
        <source>The business can bear a loss of at most {amount} from one outage; the longest outage you can bear is read from it.</source>
        <translation>Usaha ini sanggup menanggung kerugian paling banyak {amount} dari satu gangguan; gangguan terlama yang sanggup Anda tanggung dihitung dari angka ini.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest outage you can bear is worked out for this outage: {scenario}.</source>
        <translation>Gangguan terlama yang sanggup Anda tanggung dihitung untuk gangguan ini: {scenario}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-70"/>
        <source>Loss if this outage strikes while you are open</source>
        <translation>Kerugian jika gangguan ini terjadi saat Anda buka</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>After {duration}, an outage that strikes while the business is open costs more than the {amount} you can bear: the plan must be working well before then.</source>
        <translation>Setelah {duration}, gangguan yang terjadi saat usaha sedang buka merugikan lebih dari {amount} yang sanggup Anda tanggung: rencana harus sudah berjalan baik jauh sebelum itu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Even an outage of a whole week costs less than the {amount} you can bear, in this outage: {scenario}.</source>
        <translation>Bahkan gangguan selama seminggu penuh merugikan kurang dari {amount} yang sanggup Anda tanggung, dalam gangguan ini: {scenario}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>While open: an outage of typical length that strikes while the business is open, the figure to plan for. Average: over every start hour of the week and every length the history gives. How often: from the outage history and the counts for the business&apos;s countries. Yearly: the average times how often it happens.</source>
        <translation>Saat buka: gangguan dengan lama biasa yang terjadi saat usaha sedang buka, angka untuk perencanaan. Rata-rata: dari setiap jam mulai dalam seminggu dan setiap lama gangguan dalam riwayat. Seberapa sering: menurut riwayat gangguan dan hitungan untuk negara-negara tempat usaha beroperasi. Per tahun: rata-rata dikali seberapa sering gangguan itu terjadi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loss per outage by how long it lasts, per scenario, with the largest loss you can bear and the longest outage you can bear.</source>
        <translation>Kerugian per gangguan menurut lamanya, per skenario, dengan kerugian terbesar yang sanggup Anda tanggung dan gangguan terlama yang sanggup Anda tanggung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{share} within {duration}: {state}</source>
        <translation>{share} dalam {duration}: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Outage it can bear alone</source>
        <translation>Gangguan yang sanggup ditanggung (kegiatan ini saja)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While open: in the outage the plan is measured on, striking while the business is open. Outage it can bear alone: how long an outage can last before this function&apos;s loss by itself passes the largest loss you can bear. Minimum service: the share of the function&apos;s interactions that must still be served, within the time set in the plan.</source>
        <translation>Saat buka: dalam gangguan yang menjadi ukuran rencana, yang terjadi saat usaha sedang buka. Gangguan yang sanggup ditanggung (kegiatan ini saja): berapa lama gangguan bisa berlangsung sebelum kerugian kegiatan ini sendiri melewati kerugian terbesar yang sanggup Anda tanggung. Layanan minimum: porsi interaksi kegiatan itu yang harus tetap dilayani, dalam waktu yang ditetapkan dalam rencana.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss by function and category in this outage: {scenario}.</source>
        <translation>Kerugian per kegiatan dan kategori dalam gangguan ini: {scenario}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss by category in this outage</source>
        <translation>Kerugian per kategori dalam gangguan ini</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How much the loss varies from year to year</source>
        <translation>Seberapa besar kerugian berubah dari tahun ke tahun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{trials} simulated years: the number of outages, their lengths, their start times and every uncertain input are drawn at random from their ranges.</source>
        <translation>{trials} tahun yang disimulasikan: jumlah gangguan, lamanya, waktu mulainya, dan setiap masukan yang tidak pasti diambil secara acak dari rentangnya.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chance that a year loses more than each amount, with a typical, a bad and a very bad year marked.</source>
        <translation>Peluang kerugian setahun melebihi setiap jumlah, dengan tanda untuk tahun biasa, tahun buruk, dan tahun sangat buruk.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+3"/>
        <source>Within {duration}, {function} must serve at least {share} of its interactions; if it does not, add the next fallback channel.</source>
        <translation>Dalam {duration}, {function} harus melayani setidaknya {share} interaksinya; jika tidak, tambahkan saluran cadangan berikutnya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At {duration}, the longest outage you can bear, the loss passes {amount}: the owner decides on further measures.</source>
        <translation>Pada {duration}, gangguan terlama yang sanggup Anda tanggung, kerugian melewati {amount}: penanggung jawab rencana memutuskan langkah lanjutan.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+23"/>
        <source>{step} — recommended: saves {saving} a year for {cost}.</source>
        <translation>{step} — disarankan: menghemat {saving} per tahun dengan biaya {cost}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep {channel} ready: today it reaches {share} of this function&apos;s WhatsApp contacts, within {duration}. Check the contact list and consent.</source>
        <translation>Jaga agar {channel} tetap siap: hari ini saluran ini menjangkau {share} kontak WhatsApp kegiatan ini, dalam {duration}. Periksa daftar kontak dan persetujuannya.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Confirm the outage against the activation criteria (section {section}); the {role} declares it.</source>
        <translation>Pastikan gangguan memenuhi kriteria aktivasi (bagian {section}); {role} yang menyatakannya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm the outage against the activation criteria (section {section}).</source>
        <translation>Pastikan gangguan memenuhi kriteria aktivasi (bagian {section}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>By {duration}, at least {share} of interactions must be served again (the minimum service); if not, escalate.</source>
        <translation>Paling lambat setelah {duration}, setidaknya {share} interaksi harus kembali terlayani (layanan minimum); jika tidak, lakukan eskalasi.</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>loss in {scenario}, while open: {amount}</source>
        <translation>kerugian dalam {scenario}, saat buka: {amount}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-36"/>
        <source>Expected loss per year today: {before}; after these steps: {after} (a bad year, 1 in 10: {bad_year}), for {cost} a year.</source>
        <translation>Perkiraan kerugian per tahun saat ini: {before}; setelah langkah-langkah ini: {after} (tahun buruk, 1 dari 10: {bad_year}), dengan biaya {cost} per tahun.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-26"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-78"/>
        <source>Appendix A. Assumptions and data sources</source>
        <translation>Lampiran A. Asumsi dan sumber data</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-45"/>
        <source>Channel: {name}</source>
        <translation>Saluran: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer: {name}</source>
        <translation>Lapisan: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: {name}</source>
        <translation>Negara: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Currency: {name}</source>
        <translation>Mata uang: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario: {name}</source>
        <translation>Skenario: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: {name}</source>
        <translation>Nilai bawaan: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan inputs</source>
        <translation>Masukan rencana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered for this plan. A range (low–high) marks an uncertain input; the likely value is used for the figures, the range for the simulated years.</source>
        <translation>Diisi untuk rencana ini. Rentang (rendah–tinggi) menandai masukan yang tidak pasti; nilai kemungkinan dipakai untuk angka-angka, rentangnya untuk tahun yang disimulasikan.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{price} USD per message</source>
        <translation>{price} USD per pesan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-26"/>
        <source>The outages the scenarios&apos; frequencies and lengths are derived from, as news reports and the providers&apos; status pages describe them.</source>
        <translation>Gangguan yang menjadi dasar frekuensi dan lama skenario, seperti yang dijelaskan dalam berita dan halaman status penyedia layanan.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+91"/>
        <source>A day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+25"/>
        <source>Value each</source>
        <translation>Nilai satuan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patience</source>
        <translation>Kesabaran</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Won back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lost for good</source>
        <translation>Hilang selamanya</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+9"/>
        <source>Reference data used</source>
        <translation>Data rujukan yang dipakai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the built-in reference data that this plan&apos;s figures rest on. Confidence: H high, M medium, L low, default a stated modelling choice.</source>
        <translation>Baris data rujukan bawaan yang menjadi dasar angka-angka rencana ini. Keyakinan: H tinggi, M sedang, L rendah, default pilihan pemodelan yang dinyatakan.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Usage: {channel} in {country}</source>
        <translation>Penggunaan: {channel} di {country}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(stated modelling default)</source>
        <translation>(nilai bawaan pemodelan yang dinyatakan)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+29"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Conf.</source>
        <translation>Keyak.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-153"/>
        <source>No price per message is known for {channels}: messages on them are counted as free. Enter a price in the fallback to include it.</source>
        <translation>Harga per pesan untuk {channels} tidak diketahui: pesan di saluran tersebut dihitung gratis. Isi harga pada saluran cadangan itu agar ikut dihitung.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-32"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix B. Outage history</source>
        <translation>Lampiran B. Riwayat gangguan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix C. Decision log</source>
        <translation>Lampiran C. Log keputusan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage started (date, time): ______________   Declared by: ______________</source>
        <translation>Gangguan dimulai (tanggal, jam): ______________   Dinyatakan oleh: ______________</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision or action</source>
        <translation>Keputusan atau tindakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="-44"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix D. Outage card</source>
        <translation>Lampiran D. Kartu gangguan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp down? Keep this card by the phone.</source>
        <translation>WhatsApp mati? Simpan kartu ini di dekat telepon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who declares</source>
        <translation>Yang menyatakan gangguan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{declarer} — or {alternate}</source>
        <translation>{declarer} — atau {alternate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role} (alternate)</source>
        <translation>{role} (pengganti)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No phone number is in the plan yet: add them to the roles.</source>
        <translation>Belum ada nomor telepon dalam rencana: tambahkan nomornya ke peran.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check: {criterion}</source>
        <translation>Periksa: {criterion}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare the outage and start the contact tree: call {roles}.</source>
        <translation>Nyatakan gangguan dan jalankan pohon kontak: telepon {roles}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare the outage and start the contact tree.</source>
        <translation>Nyatakan gangguan dan jalankan pohon kontak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{function}: {channel} (only if WhatsApp alone is down)</source>
        <translation>{function}: {channel} (hanya jika yang mati WhatsApp saja)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to the fallbacks: {switches}.</source>
        <translation>Beralihlah ke saluran cadangan: {switches}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the channels prepared before the outage (section {section}).</source>
        <translation>Beralihlah ke saluran yang sudah disiapkan sebelum gangguan (bagian {section}).</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name an outage lead in the plan.</source>
        <translation>Tunjuk pemimpin penanganan gangguan di rencana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call</source>
        <translation>Nomor yang dihubungi</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>First 5 steps</source>
        <translation>5 langkah pertama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to customers</source>
        <translation>Pesan untuk pelanggan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer message is written yet.</source>
        <translation>Belum ada pesan untuk pelanggan.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+11"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix E. Glossary</source>
        <translation>Lampiran E. Glosarium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan uses everyday words; the technical term beside each is the one continuity standards and risk analysts use.</source>
        <translation>Rencana ini memakai kata-kata sehari-hari; istilah teknis di sampingnya adalah istilah yang dipakai standar kelangsungan usaha dan analis risiko.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this plan</source>
        <translation>Dalam rencana ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical term</source>
        <translation>Istilah teknis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+20"/>
        <source>Check that WhatsApp fails on two phones on different networks.</source>
        <translation>Pastikan WhatsApp mati di dua ponsel dengan jaringan berbeda.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send the customer message below on every channel that works.</source>
        <translation>Kirim pesan pelanggan di bawah ini di setiap saluran yang berfungsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down every order and payment taken on a fallback channel, with the time.</source>
        <translation>Catat setiap pesanan dan pembayaran lewat saluran cadangan, beserta jamnya.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/document.py" line="+98"/>
        <source>{business} — continuity plan, version {version}</source>
        <translation>{business} — rencana kelangsungan usaha, versi {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business continuity plan: {business}</source>
        <translation>Rencana kelangsungan usaha: {business}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/core/progress.py" line="+39"/>
        <source>Evaluating the outage scenarios…</source>
        <translation>Mengevaluasi skenario gangguan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulating years of outages…</source>
        <translation>Menyimulasikan tahun-tahun gangguan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing today with the plan once its tasks are done…</source>
        <translation>Membandingkan kondisi hari ini dengan rencana setelah tugasnya selesai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuing preparation steps…</source>
        <translation>Menilai langkah persiapan…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../continuity_app/gui/qt_strings.py" line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Pulihkan bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="+31"/>
        <source>your staff can be asked to use it (about {share})</source>
        <translation>karyawan Anda bisa diminta memakainya (sekitar {share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your suppliers can be asked to use it (about {share})</source>
        <translation>pemasok Anda bisa diminta memakainya (sekitar {share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you said about {share} of your customers use it</source>
        <translation>menurut Anda, sekitar {share} pelanggan Anda memakainya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about {share} of people in {country} use it</source>
        <translation>dipakai sekitar {share} penduduk {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} of people in your countries use it</source>
        <translation>dipakai sekitar {share} penduduk di negara-negara Anda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about {share} in {country} use an iPhone</source>
        <translation>sekitar {share} penduduk {country} memakai iPhone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} use an iPhone</source>
        <translation>sekitar {share} memakai iPhone</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>about {share} of people in {country} have a mobile phone</source>
        <translation>sekitar {share} penduduk {country} punya ponsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {share} of people in your countries have a mobile phone</source>
        <translation>sekitar {share} penduduk di negara-negara Anda punya ponsel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>blocked in {country} since {date}</source>
        <translation>diblokir di {country} sejak {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its calls blocked in {country} since {date}</source>
        <translation>panggilannya diblokir di {country} sejak {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowed down in {country} since {date}</source>
        <translation>diperlambat di {country} sejak {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no phone-ownership figure for {countries}: the figure for their region is used</source>
        <translation>tidak ada angka kepemilikan ponsel untuk {countries}: angka kawasannya yang dipakai</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data for {countries}: not counted there; if you know how many of your customers use it, enter it with &apos;What you know about this channel&apos;</source>
        <translation>tidak ada data untuk {countries}: tidak dihitung di sana; jika Anda tahu berapa banyak pelanggan Anda yang memakainya, masukkan lewat &apos;Yang Anda ketahui tentang saluran ini&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>runs on Meta&apos;s infrastructure and fails with WhatsApp in a Meta outage</source>
        <translation>berjalan di infrastruktur Meta dan ikut mati bersama WhatsApp saat gangguan Meta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>survives every outage scenario in your plan</source>
        <translation>tetap berjalan di setiap skenario gangguan dalam rencana Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>survives {share} of your expected outage loss (fails in: {scenarios})</source>
        <translation>tetap berjalan untuk {share} dari perkiraan kerugian gangguan Anda (mati dalam: {scenarios})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>can send one message to everyone at once</source>
        <translation>bisa mengirim satu pesan ke semua orang sekaligus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can take payments in the app</source>
        <translation>bisa menerima pembayaran di aplikasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end-to-end encrypted by default</source>
        <translation>terenkripsi end-to-end secara bawaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not end-to-end encrypted by default</source>
        <translation>tidak terenkripsi end-to-end secara bawaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to send</source>
        <translation>gratis untuk mengirim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} menjangkau sekitar {share} {who} Anda di {country} dan tetap berjalan untuk {kept} dari perkiraan kerugian gangguan Anda (mati dalam: {scenarios}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} menjangkau sekitar {share} {who} Anda di {country} dan tetap berjalan di setiap skenario gangguan dalam rencana Anda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} menjangkau sekitar {share} {who} Anda dan tetap berjalan untuk {kept} dari perkiraan kerugian gangguan Anda (mati dalam: {scenarios}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} reaches about {share} of your {who} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} menjangkau sekitar {share} {who} Anda dan tetap berjalan di setiap skenario gangguan dalam rencana Anda.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, paying back in {months} months.</source>
        <translation>{step} (untuk {function}): kesiapan {before} → {after}; langkah ini mengurangi perkiraan kerugian tahunan Anda sebesar {saving} dengan biaya {cost} per tahun, balik modal dalam {months} bulan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, more than it saves.</source>
        <translation>{step} (untuk {function}): kesiapan {before} → {after}; langkah ini mengurangi perkiraan kerugian tahunan Anda sebesar {saving} dengan biaya {cost} per tahun, lebih besar daripada penghematannya.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{share} of the interactions of {function} run on {channels}, on Meta&apos;s infrastructure as WhatsApp is: in {scenarios} that part stops together with WhatsApp, and {cut_off} of {function} is cut off at once. These apps are no fallback for WhatsApp; prepare one that runs on other infrastructure.</source>
        <translation>{share} interaksi {function} berjalan di {channels}, di infrastruktur Meta seperti WhatsApp: saat {scenarios}, bagian ini ikut berhenti bersama WhatsApp, dan {cut_off} interaksi {function} langsung terputus sekaligus. Aplikasi-aplikasi ini bukan saluran cadangan untuk WhatsApp; siapkan saluran cadangan yang berjalan di luar Meta.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/audiences.py" line="+34"/>
        <source>staff</source>
        <translation>karyawan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppliers</source>
        <translation>pemasok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patients and clients</source>
        <translation>pasien dan klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="-105"/>
        <source>staff and drivers who are asked to join</source>
        <translation>karyawan dan kurir yang diminta ikut</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Its monthly fee is not known; add it to the plan when you have a quote.</source>
        <translation>Biaya bulanannya belum diketahui; tambahkan ke rencana setelah Anda mendapat penawaran harga.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{channel} fails together with WhatsApp when Meta&apos;s systems go down.</source>
        <translation>{channel} ikut mati bersama WhatsApp saat sistem Meta mati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It saves {saving} a year, less than it costs ({cost} a year, set-up included).</source>
        <translation>Langkah ini menghemat {saving} per tahun, lebih kecil daripada biayanya ({cost} per tahun, termasuk penyiapan).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{channel} is a fallback for {function}, but it has been blocked in {country} since {date}: customers there cannot reach you on it without a VPN. Choose another channel for them.</source>
        <translation>{channel} adalah saluran cadangan untuk {function}, tetapi sudah diblokir di {country} sejak {date}: pelanggan di sana tidak bisa menghubungi Anda lewat saluran ini tanpa VPN. Pilih saluran lain untuk mereka.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} is a fallback for {function}, but it runs on the same {layers} as WhatsApp and fails with it ({scenarios}); it is not counted as independent.</source>
        <translation>{channel} adalah saluran cadangan untuk {function}, tetapi berjalan di {layers} yang sama dengan WhatsApp dan ikut mati bersamanya ({scenarios}); saluran ini tidak dihitung sebagai cadangan independen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in every Meta outage</source>
        <translation>dalam setiap gangguan Meta</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{function} can lose {loss} in this outage: {scenario}; that is more than the {tolerance} you can bear. It needs at least two independent fallbacks and has {count} ({channels}).</source>
        <translation>{function} bisa rugi {loss} dalam gangguan ini: {scenario}; itu lebih dari {tolerance} yang sanggup Anda tanggung. Kegiatan ini perlu setidaknya dua saluran cadangan independen dan baru punya {count} ({channels}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recommended portfolio adds {channels}.</source>
        <translation>Paket langkah yang disarankan menambahkan {channels}.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and 2021. The model counts them at {share} of their readiness for the first {hours} hours; invite people before an outage.</source>
        <translation>Memindahkan semua orang ke {channels} pada jam-jam pertama gangguan WhatsApp membawa risiko lonjakan pengguna: Telegram dan Signal melambat atau mati saat lonjakan pendaftaran pada 2015, 2019, dan 2021. Model menghitungnya sebesar {share} dari kesiapannya selama {hours} jam pertama; undang orang-orang sebelum gangguan terjadi.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/common.py" line="+29"/>
        <source>{items} and {last}</source>
        <translation>{items} dan {last}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/recommendations_page.py" line="+180"/>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation steps</source>
        <translation>Langkah persiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels by function</source>
        <translation>Saluran per kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Paket langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>What you know about this channel…</source>
        <translation>Yang Anda ketahui tentang saluran ini…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the share of your customers who use the selected channel, when you know it better than the country figures (or there are none).</source>
        <translation>Masukkan porsi pelanggan Anda yang memakai saluran yang dipilih, jika Anda lebih tahu daripada angka negara (atau angkanya tidak ada).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the country figures</source>
        <translation>Pakai angka negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected preparation step to the plan</source>
        <translation>Tambahkan langkah persiapan yang dipilih ke rencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Function:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly &amp;budget:</source>
        <translation>&amp;Anggaran per tahun:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly budget for preparation</source>
        <translation>Anggaran persiapan per tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps and what they are worth</source>
        <translation>Langkah persiapan dan nilainya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels ranked for the chosen function</source>
        <translation>Peringkat saluran untuk kegiatan yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended portfolio</source>
        <translation>Paket langkah yang disarankan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this step</source>
        <translation>Alasan langkah ini</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Valuing every preparation step against your plan…</source>
        <translation>Menilai setiap langkah persiapan terhadap rencana Anda…</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>With these steps you can expect to lose {ale} a year ({p90} in a bad year, 1 in 10), for {cost} a year.</source>
        <translation>Dengan langkah-langkah ini, perkiraan kerugian Anda {ale} per tahun ({p90} pada tahun buruk, 1 dari 10), dengan biaya {cost} per tahun.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Warnings (%1)</source>
        <translation>Peringatan (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Add this step to the action plan</source>
        <translation>&amp;Tambahkan langkah ini ke rencana aksi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the &amp;whole portfolio to the action plan</source>
        <translation>Tambahkan &amp;seluruh paket langkah ke rencana aksi</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, and the steps that would cut your losses appear here.</source>
        <translation>Belum ada kegiatan: tambahkan apa yang dilakukan pelanggan Anda di WhatsApp di halaman Kegiatan, dan langkah-langkah yang bisa mengurangi kerugian Anda akan muncul di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preparation step to suggest for this plan: check that each activity has its share on WhatsApp and its value per interaction on the Functions page.</source>
        <translation>Tidak ada langkah persiapan yang bisa disarankan untuk rencana ini: periksa di halaman Kegiatan bahwa setiap kegiatan punya porsi di WhatsApp dan nilai per interaksi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can expect to lose {ale} a year to outages today ({p90} in a bad year, 1 in 10). Each step below is valued by running the model again with it in place.</source>
        <translation>Saat ini perkiraan kerugian Anda akibat gangguan {ale} per tahun ({p90} pada tahun buruk, 1 dari 10). Setiap langkah di bawah dinilai dengan menjalankan ulang model setelah langkah itu diterapkan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a year</source>
        <translation>Hemat/tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a bad year</source>
        <translation>Hemat di tahun buruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs a year</source>
        <translation>Biaya/tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays back in</source>
        <translation>Balik modal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not worth it now</source>
        <translation>Belum sepadan saat ini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the action plan: %1</source>
        <translation>Di rencana aksi: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survives</source>
        <translation>Tetap jalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no data</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{channel}: {reasons}.</source>
        <translation>{channel}: {reasons}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you know about %1</source>
        <translation>Yang Anda ketahui tentang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of your customers who use %1 (%):</source>
        <translation>Porsi pelanggan Anda yang memakai %1 (%):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): saves %3 a year on top of the steps above, costs %4</source>
        <translation>%1 (%2): hemat %3 per tahun di luar langkah di atas, biaya %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step saves more than it costs.</source>
        <translation>Tidak ada langkah yang penghematannya melebihi biayanya.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n step(s) added to the action plan as planned task(s). Give each an owner and a due date on the Action plan page; readiness today changes only when a task is marked done there.</source>
        <translation>
            <numerusform>%n langkah ditambahkan ke rencana aksi sebagai tugas berstatus Direncanakan. Tentukan penanggung jawab dan tenggat masing-masing di halaman Rencana aksi; kesiapan hari ini baru berubah setelah tugas ditandai selesai di sana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../continuity_app/gui/recovery.py" line="+207"/>
        <source>{file} ({business})</source>
        <translation>{file} ({business})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an untitled plan ({business})</source>
        <translation>rencana tanpa judul ({business})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application was stopped at {when} with unsaved changes to {name}; they were kept.</source>
        <translation>Aplikasi dihentikan pada {when} saat ada perubahan yang belum disimpan pada {name}; perubahan itu sudah diamankan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application did not close properly; unsaved changes to {name} were kept at {when}.</source>
        <translation>Aplikasi tidak ditutup dengan benar; perubahan yang belum disimpan pada {name} diamankan pada {when}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore unsaved changes?</source>
        <translation>Pulihkan perubahan yang belum disimpan?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore them in this window, save them to a file of their own, or discard them?</source>
        <translation>Pulihkan di jendela ini, simpan ke berkas tersendiri, atau buang?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This window already shows restored work. Save these changes to a file of their own, discard them, or keep them to decide at the next start?</source>
        <translation>Jendela ini sudah menampilkan pekerjaan yang dipulihkan. Simpan perubahan ini ke berkas tersendiri, buang, atau biarkan dulu untuk diputuskan saat aplikasi dibuka berikutnya?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n more after this one.)</source>
        <translation>
            <numerusform>(masih ada %n lagi setelah ini.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save As…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide Later</source>
        <translation>Putuskan nanti</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save restored changes as</source>
        <translation>Simpan perubahan yang dipulihkan sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity plans (*{suffix})</source>
        <translation>Rencana kelangsungan usaha (*{suffix})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored changes could not be saved to {path}: {reason}. They are kept and offered again at the next start.</source>
        <translation>Perubahan yang dipulihkan tidak dapat disimpan ke {path}: {reason}. Perubahan itu tetap diamankan dan akan ditawarkan lagi saat aplikasi dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../continuity_app/core/actions.py" line="+41"/>
        <location filename="../../continuity_app/core/reference_strings.py" line="+9"/>
        <source>card or bank</source>
        <translation>kartu atau bank</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/reference_strings.py" line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS / MMS</source>
        <translation>SMS / MMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook Messenger</source>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct</source>
        <translation>Instagram Direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iMessage</source>
        <translation>iMessage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCS (Google Messages / Apple Messages)</source>
        <translation>RCS (Google Messages / Apple Messages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web chat (own website or app)</source>
        <translation>Chat web (situs atau aplikasi sendiri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal Foundation</source>
        <translation>Signal Foundation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile operators</source>
        <translation>Operator seluler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many providers</source>
        <translation>Banyak penyedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rakuten</source>
        <translation>Rakuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LY Corp</source>
        <translation>LY Corp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tencent</source>
        <translation>Tencent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kakao</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriers, Google Jibe, Apple</source>
        <translation>Operator seluler, Google Jibe, Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNG</source>
        <translation>VNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own hosting)</source>
        <translation>Usaha Anda sendiri (hosting sendiri)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp service</source>
        <translation>Layanan WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta shared infrastructure</source>
        <translation>Infrastruktur bersama Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram infrastructure</source>
        <translation>Infrastruktur Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal infrastructure</source>
        <translation>Infrastruktur Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data network</source>
        <translation>Jaringan data seluler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed internet</source>
        <translation>Internet kabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>Listrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp app and service itself (e.g. the 25 Oct 2022 outage, when WhatsApp alone failed).</source>
        <translation>Aplikasi dan layanan WhatsApp itu sendiri (mis. gangguan 25 Okt 2022, saat hanya WhatsApp yang mati).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s backbone, DNS and data centres under WhatsApp, Messenger, Instagram and Facebook Login; when it fails they all fail together (4 Oct 2021, 13 Mar 2019, 11 Dec 2024).</source>
        <translation>Jaringan inti, DNS, dan pusat data Meta yang menopang WhatsApp, Messenger, Instagram, dan Facebook Login; jika ini mati, semuanya ikut mati bersamaan (4 Okt 2021, 13 Mar 2019, 11 Des 2024).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram&apos;s own servers and data centres (e.g. the 29 Mar 2018 data-centre power failure).</source>
        <translation>Server dan pusat data milik Telegram sendiri (mis. listrik pusat data padam pada 29 Mar 2018).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal&apos;s servers, which run on public cloud (AWS, Azure, GCP); Signal went down in the AWS us-east-1 outage of 20 Oct 2025 and under the Jan 2021 sign-up surge.</source>
        <translation>Server Signal, yang berjalan di cloud publik (AWS, Azure, GCP); Signal mati saat gangguan AWS us-east-1 pada 20 Okt 2025 dan saat lonjakan pendaftaran Jan 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app used over the cellular data network; fails in a carrier outage or a government mobile-data shutdown.</source>
        <translation>Semua aplikasi yang dipakai lewat jaringan data seluler; mati saat gangguan operator atau saat pemerintah memutus data seluler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice calls and SMS over mobile carriers; fails in national carrier outages (AT&amp;T 2024, Optus 2023, Rogers 2022).</source>
        <translation>Panggilan suara dan SMS lewat operator seluler; mati saat gangguan operator nasional (AT&amp;T 2024, Optus 2023, Rogers 2022).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-line and broadband internet (and the Wi-Fi behind it); Optus 2023 and Rogers 2022 also took out fixed services.</source>
        <translation>Telepon rumah dan internet kabel (beserta Wi-Fi di belakangnya); gangguan Optus 2023 dan Rogers 2022 juga mematikan layanan kabel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local electricity supply of the business or its counterparts.</source>
        <translation>Pasokan listrik setempat untuk usaha Anda atau mitranya.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mexico</source>
        <translation>Meksiko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>South Africa</source>
        <translation>Afrika Selatan</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Egypt</source>
        <translation>Mesir</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Saudi Arabia</source>
        <translation>Arab Saudi</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>United Arab Emirates</source>
        <translation>Uni Emirat Arab</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Jordan</source>
        <translation>Yordania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lebanon</source>
        <translation>Lebanon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Morocco</source>
        <translation>Maroko</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Philippines</source>
        <translation>Filipina</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Japan</source>
        <translation>Jepang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>South Korea</source>
        <translation>Korea Selatan</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>China</source>
        <translation>Tiongkok</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Germany</source>
        <translation>Jerman</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>United Kingdom</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>France</source>
        <translation>Prancis</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Spain</source>
        <translation>Spanyol</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Netherlands</source>
        <translation>Belanda</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>United States</source>
        <translation>Amerika Serikat</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Colombia</source>
        <translation>Kolombia</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Phone call (mobile or landline)</source>
        <translation>Panggilan telepon (seluler atau telepon rumah)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imo</source>
        <translation>imo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business Platform (API)</source>
        <translation>WhatsApp Business Platform (API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook page or shop</source>
        <translation>Halaman atau toko Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop or marketplace</source>
        <translation>Toko online atau marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (walk-in, counter)</source>
        <translation>Datang langsung (pelanggan mampir, di konter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PageBites</source>
        <translation>PageBites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta (directly or through a provider: Twilio, 360dialog, Gupshup...)</source>
        <translation>Meta (langsung atau lewat penyedia: Twilio, 360dialog, Gupshup...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own site, Shopify...) or the marketplace (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</source>
        <translation>Usaha itu sendiri (situs sendiri, Shopify...) atau marketplace-nya (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (its premises)</source>
        <translation>Usaha itu sendiri (tempat usahanya)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone calls and SMS network</source>
        <translation>Jaringan telepon dan SMS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afghanistan</source>
        <translation>Afganistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaijan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia dan Herzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belgium</source>
        <translation>Belgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahamas</source>
        <translation>Bahama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Democratic Republic of the Congo</source>
        <translation>Republik Demokratik Kongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Republik Afrika Tengah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Swiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Pantai Gading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costa Rica</source>
        <translation>Kosta Rika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Tanjung Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Siprus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Ceko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Republik Dominika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Aljazair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ekuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Sahara</source>
        <translation>Sahara Barat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Mikronesia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guyana Prancis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Khatulistiwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Yunani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Kroasia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hongaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kyrgyzstan</source>
        <translation>Kirgizstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Kamboja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Komoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Korea Utara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Lucia</source>
        <translation>Saint Lucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luksemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Makedonia Utara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Makau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maladewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mozambique</source>
        <translation>Mozambik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Kaledonia Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicaragua</source>
        <translation>Nikaragua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway</source>
        <translation>Norwegia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Selandia Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Polynesia</source>
        <translation>Polinesia Prancis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua Nugini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poland</source>
        <translation>Polandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Riko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solomon Islands</source>
        <translation>Kepulauan Solomon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Swedia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slowakia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sudan Selatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tome dan Principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Suriah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tajikistan</source>
        <translation>Tajikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad dan Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint Vincent dan Grenadine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Yaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>Dirham Uni Emirat Arab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghani</source>
        <translation>Afghani Afganistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lek</source>
        <translation>Lek Albania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian Dram</source>
        <translation>Dram Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kwanza</source>
        <translation>Kwanza Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentine Peso</source>
        <translation>Peso Argentina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australian Dollar</source>
        <translation>Dolar Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruban Florin</source>
        <translation>Florin Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan Manat</source>
        <translation>Manat Azerbaijan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convertible Mark</source>
        <translation>Mark Konvertibel Bosnia dan Herzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados Dollar</source>
        <translation>Dolar Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taka</source>
        <translation>Taka Bangladesh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian Lev</source>
        <translation>Lev Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahraini Dinar</source>
        <translation>Dinar Bahrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi Franc</source>
        <translation>Franc Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Dollar</source>
        <translation>Dolar Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boliviano</source>
        <translation>Boliviano Bolivia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazilian Real</source>
        <translation>Real Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamian Dollar</source>
        <translation>Dolar Bahama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngultrum</source>
        <translation>Ngultrum Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pula</source>
        <translation>Pula Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian Ruble</source>
        <translation>Rubel Belarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize Dollar</source>
        <translation>Dolar Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian Dollar</source>
        <translation>Dolar Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congolese Franc</source>
        <translation>Franc Kongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss Franc</source>
        <translation>Franc Swiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chilean Peso</source>
        <translation>Peso Chili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuan Renminbi</source>
        <translation>Yuan Renminbi Tiongkok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombian Peso</source>
        <translation>Peso Kolombia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rican Colon</source>
        <translation>Colón Kosta Rika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuban Peso</source>
        <translation>Peso Kuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde Escudo</source>
        <translation>Escudo Tanjung Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech Koruna</source>
        <translation>Koruna Ceko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti Franc</source>
        <translation>Franc Djibouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Krone</source>
        <translation>Krone Denmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Peso</source>
        <translation>Peso Dominika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algerian Dinar</source>
        <translation>Dinar Aljazair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egyptian Pound</source>
        <translation>Pound Mesir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nakfa</source>
        <translation>Nakfa Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopian Birr</source>
        <translation>Birr Etiopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji Dollar</source>
        <translation>Dolar Fiji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pound Sterling</source>
        <translation>Pound Sterling Inggris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lari</source>
        <translation>Lari Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana Cedi</source>
        <translation>Cedi Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dalasi</source>
        <translation>Dalasi Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinean Franc</source>
        <translation>Franc Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quetzal</source>
        <translation>Quetzal Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana Dollar</source>
        <translation>Dolar Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong Dollar</source>
        <translation>Dolar Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lempira</source>
        <translation>Lempira Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gourde</source>
        <translation>Gourde Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forint</source>
        <translation>Forint Hongaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Israeli Sheqel</source>
        <translation>Shekel Baru Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Rupee</source>
        <translation>Rupee India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraqi Dinar</source>
        <translation>Dinar Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Rial</source>
        <translation>Rial Iran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland Krona</source>
        <translation>Krona Islandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaican Dollar</source>
        <translation>Dolar Jamaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordanian Dinar</source>
        <translation>Dinar Yordania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yen</source>
        <translation>Yen Jepang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenyan Shilling</source>
        <translation>Shilling Kenya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Som</source>
        <translation>Som Kirgizstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riel</source>
        <translation>Riel Kamboja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comorian Franc</source>
        <translation>Franc Komoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korean Won</source>
        <translation>Won Korea Utara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Won Korea Selatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwaiti Dinar</source>
        <translation>Dinar Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenge</source>
        <translation>Tenge Kazakhstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao Kip</source>
        <translation>Kip Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanese Pound</source>
        <translation>Pound Lebanon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka Rupee</source>
        <translation>Rupee Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberian Dollar</source>
        <translation>Dolar Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loti</source>
        <translation>Loti Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libyan Dinar</source>
        <translation>Dinar Libya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccan Dirham</source>
        <translation>Dirham Maroko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldovan Leu</source>
        <translation>Leu Moldova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malagasy Ariary</source>
        <translation>Ariary Madagaskar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denar</source>
        <translation>Denar Makedonia Utara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyat</source>
        <translation>Kyat Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugrik</source>
        <translation>Tugrik Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pataca</source>
        <translation>Pataca Makau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouguiya</source>
        <translation>Ouguiya Mauritania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius Rupee</source>
        <translation>Rupee Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rufiyaa</source>
        <translation>Rufiyaa Maladewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi Kwacha</source>
        <translation>Kwacha Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexican Peso</source>
        <translation>Peso Meksiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysian Ringgit</source>
        <translation>Ringgit Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique Metical</source>
        <translation>Metical Mozambik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia Dollar</source>
        <translation>Dolar Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naira</source>
        <translation>Naira Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cordoba Oro</source>
        <translation>Córdoba Nikaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Krone</source>
        <translation>Krone Norwegia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepalese Rupee</source>
        <translation>Rupee Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand Dollar</source>
        <translation>Dolar Selandia Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial Omani</source>
        <translation>Rial Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol</source>
        <translation>Sol Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kina</source>
        <translation>Kina Papua Nugini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippine Peso</source>
        <translation>Peso Filipina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan Rupee</source>
        <translation>Rupee Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zloty</source>
        <translation>Zloty Polandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarani</source>
        <translation>Guaraní Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatari Rial</source>
        <translation>Riyal Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian Leu</source>
        <translation>Leu Rumania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian Dinar</source>
        <translation>Dinar Serbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>Rubel Rusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda Franc</source>
        <translation>Franc Rwanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Riyal</source>
        <translation>Riyal Arab Saudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands Dollar</source>
        <translation>Dolar Kepulauan Solomon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles Rupee</source>
        <translation>Rupee Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudanese Pound</source>
        <translation>Pound Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish Krona</source>
        <translation>Krona Swedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore Dollar</source>
        <translation>Dolar Singapura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leone</source>
        <translation>Leone Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surinam Dollar</source>
        <translation>Dolar Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudanese Pound</source>
        <translation>Pound Sudan Selatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dobra</source>
        <translation>Dobra Sao Tome dan Principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syrian Pound</source>
        <translation>Pound Suriah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lilangeni</source>
        <translation>Lilangeni Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baht</source>
        <translation>Baht Thailand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somoni</source>
        <translation>Somoni Tajikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan New Manat</source>
        <translation>Manat Baru Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisian Dinar</source>
        <translation>Dinar Tunisia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa’anga</source>
        <translation>Pa’anga Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>Lira Turki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago Dollar</source>
        <translation>Dolar Trinidad dan Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan Dollar</source>
        <translation>Dolar Taiwan Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzanian Shilling</source>
        <translation>Shilling Tanzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hryvnia</source>
        <translation>Hryvnia Ukraina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda Shilling</source>
        <translation>Shilling Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>Dolar Amerika Serikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peso Uruguayo</source>
        <translation>Peso Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan Sum</source>
        <translation>Som Uzbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolívar Soberano</source>
        <translation>Bolívar Soberano Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dong</source>
        <translation>Dong Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatu</source>
        <translation>Vatu Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tala</source>
        <translation>Tala Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BEAC</source>
        <translation>Franc CFA Afrika Tengah (BEAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Caribbean Dollar</source>
        <translation>Dolar Karibia Timur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Guilder</source>
        <translation>Gulden Karibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BCEAO</source>
        <translation>Franc CFA Afrika Barat (BCEAO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFP Franc</source>
        <translation>Franc CFP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemeni Rial</source>
        <translation>Rial Yaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rand</source>
        <translation>Rand Afrika Selatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambian Kwacha</source>
        <translation>Kwacha Zambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe Gold (ZiG)</source>
        <translation>Emas Zimbabwe (ZiG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect customers&apos; mobile numbers and SMS consent at checkout and booking</source>
        <translation>Kumpulkan nomor ponsel pelanggan dan persetujuan SMS saat pembayaran dan reservasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an SMS gateway account with prepaid credit and a ready outage message</source>
        <translation>Buka akun SMS gateway dengan saldo prabayar dan pesan gangguan yang siap kirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare {payment} payment links to send by SMS</source>
        <translation>Siapkan tautan pembayaran {payment} untuk dikirim lewat SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the fallback phone number on the shop door, receipts and website</source>
        <translation>Cetak nomor telepon cadangan di pintu toko, struk, dan situs web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up call forwarding to a second phone so that calls are answered at peak times</source>
        <translation>Atur pengalihan panggilan ke telepon kedua agar panggilan tetap terjawab saat jam sibuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a phone tree: who calls whom when WhatsApp is down</source>
        <translation>Tulis pohon kontak: siapa menelepon siapa saat WhatsApp mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect email addresses and prepare an outage notice template</source>
        <translation>Kumpulkan alamat email dan siapkan templat pemberitahuan gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a Telegram channel link on every receipt and order confirmation</source>
        <translation>Cantumkan tautan kanal Telegram di setiap struk dan konfirmasi pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Telegram group for staff and drivers, everyone joined in advance</source>
        <translation>Buat grup Telegram untuk karyawan dan kurir, semua sudah bergabung sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Signal group for staff, everyone joined in advance</source>
        <translation>Buat grup Signal untuk karyawan, semua sudah bergabung sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Viber community and show its QR code at the counter and on receipts</source>
        <translation>Buka komunitas Viber dan pajang kode QR-nya di kasir dan di struk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a LINE Official Account and show its QR code at the counter</source>
        <translation>Buka LINE Official Account dan pajang kode QR-nya di kasir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Kakao Talk channel and show its QR code on receipts</source>
        <translation>Buka kanal KakaoTalk dan cetak kode QR-nya di struk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a WeChat Official Account and show its QR code at the counter</source>
        <translation>Buka WeChat Official Account dan pajang kode QR-nya di kasir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Zalo Official Account and show its QR code on receipts</source>
        <translation>Buka Zalo Official Account dan cetak kode QR-nya di struk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order and booking form to your website and link it from your profiles</source>
        <translation>Tambahkan formulir pesanan dan reservasi di situs web Anda dan tautkan dari profil Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point customers to Instagram Direct as a second inbox</source>
        <translation>Arahkan pelanggan ke Instagram Direct sebagai kotak masuk kedua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link a Messenger inbox from your Facebook page</source>
        <translation>Tautkan kotak masuk Messenger dari halaman Facebook Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers and consent let you text customers the moment WhatsApp fails</source>
        <translation>dengan nomor dan persetujuan, Anda bisa mengirim SMS ke pelanggan begitu WhatsApp mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prepaid gateway sends the outage message to everyone within minutes</source>
        <translation>gateway prabayar mengirim pesan gangguan ke semua orang dalam hitungan menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ready link collects the payment without WhatsApp</source>
        <translation>tautan yang sudah siap bisa menerima pembayaran tanpa WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who cannot reach you on WhatsApp call instead</source>
        <translation>pelanggan yang tidak bisa menghubungi Anda lewat WhatsApp akan menelepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second line keeps calls from going unanswered</source>
        <translation>nomor kedua membuat panggilan tidak sampai terlewat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone knows whom to call within minutes</source>
        <translation>dalam hitungan menit semua orang tahu siapa yang harus ditelepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email reaches customers who are online but cannot use WhatsApp</source>
        <translation>email menjangkau pelanggan yang online tetapi tidak bisa memakai WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who follow the channel get your updates and can message you</source>
        <translation>pelanggan yang mengikuti kanal menerima kabar dari Anda dan bisa mengirim pesan kepada Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team keeps talking as soon as WhatsApp fails</source>
        <translation>tim tetap bisa berkomunikasi begitu WhatsApp mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end-to-end encrypted group keeps the team talking</source>
        <translation>grup terenkripsi end-to-end membuat tim tetap bisa berkomunikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber users follow the community and can message you</source>
        <translation>pengguna Viber mengikuti komunitas dan bisa mengirim pesan kepada Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE friends of your account get messages and can book with you</source>
        <translation>teman LINE akun Anda menerima pesan dan bisa membuat reservasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk friends of your channel can message you</source>
        <translation>teman KakaoTalk kanal Anda bisa mengirim pesan kepada Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followers of your account can message and pay you</source>
        <translation>pengikut akun Anda bisa mengirim pesan dan membayar Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo followers can message you</source>
        <translation>pengikut Zalo bisa mengirim pesan kepada Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who look for you online can still order</source>
        <translation>pelanggan yang mencari Anda secara online tetap bisa memesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>Instagram Direct tetap berjalan jika hanya WhatsApp yang mati, tetapi berjalan di infrastruktur Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>Messenger tetap berjalan jika hanya WhatsApp yang mati, tetapi berjalan di infrastruktur Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a customer needs a private conversation</source>
        <translation>membalas pelanggan perlu percakapan pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business account lets several staff answer and keeps history</source>
        <translation>akun bisnis memungkinkan beberapa karyawan membalas dan menyimpan riwayat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders are taken in a private conversation</source>
        <translation>pesanan diterima dalam percakapan pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogues and shared inboxes speed up order taking</source>
        <translation>katalog dan kotak masuk bersama mempercepat penerimaan pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a sale is easier where payment can follow</source>
        <translation>penjualan lebih mudah dituntaskan jika pembayaran bisa langsung menyusul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an in-app payment path collects money without another app</source>
        <translation>pembayaran di dalam aplikasi menerima uang tanpa aplikasi lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment link (Pix, UPI, card) can be sent in any private message</source>
        <translation>tautan pembayaran (Pix, UPI, kartu) bisa dikirim di pesan pribadi mana pun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team coordinates in a group large enough for all staff</source>
        <translation>tim berkoordinasi dalam grup yang cukup besar untuk semua karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager also needs to reach each person directly</source>
        <translation>seorang manajer juga perlu menghubungi tiap orang secara langsung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders to suppliers go person to person</source>
        <translation>pesanan ke pemasok disampaikan dari orang ke orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some suppliers coordinate in groups</source>
        <translation>sebagian pemasok berkoordinasi dalam grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broadcast reaches every follower at once</source>
        <translation>siaran menjangkau semua pengikut sekaligus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking and reminders are private conversations</source>
        <translation>reservasi dan pengingat adalah percakapan pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic reminders need a business account</source>
        <translation>pengingat otomatis memerlukan akun bisnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers and customers confirm drop-offs one to one</source>
        <translation>kurir dan pelanggan mengonfirmasi pengantaran secara langsung satu sama lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch groups keep drivers in step</source>
        <translation>grup pengiriman membuat para kurir tetap kompak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a business sends to handle one interaction on a fallback channel; multiplies the channel&apos;s price per message</source>
        <translation>Jumlah pesan yang dikirim usaha untuk menangani satu interaksi di saluran cadangan; dikalikan dengan harga per pesan saluran itu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a fallback&apos;s coverage to rise linearly from 0 to its full readiness once its activation delay has passed</source>
        <translation>Waktu yang dibutuhkan cakupan saluran cadangan untuk naik secara linear dari 0 sampai kesiapan penuhnya setelah jeda peralihan lewat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness multiplier for channels with surge_risk during the first surge_hours of an outage that fails the whatsapp or meta layer</source>
        <translation>Pengali kesiapan untuk saluran dengan surge_risk selama surge_hours pertama dari gangguan yang mematikan lapisan whatsapp atau meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the surge penalty lasts after an outage of whatsapp or meta starts. Evidence: &apos;slower Telegram in the Americas&apos; on 4 Oct 2021 (+70M sign-ups in a day); Signal&apos;s outage of 15 Jan 2021 under the privacy-policy surge; Telegram&apos;s SMS-code gateways overloaded by +1.5M Brazilian sign-ups within hours on 17 Dec 2015</source>
        <translation>Berapa lama penalti lonjakan pengguna berlaku setelah gangguan whatsapp atau meta dimulai. Bukti: &apos;Telegram melambat di benua Amerika&apos; pada 4 Okt 2021 (+70 juta pendaftaran dalam sehari); gangguan Signal pada 15 Jan 2021 saat lonjakan akibat kebijakan privasi; gateway kode SMS Telegram kewalahan oleh +1,5 juta pendaftaran dari Brasil dalam beberapa jam pada 17 Des 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of log(duration) for a scenario whose category has fewer than min_duration_points usable durations in outages.csv; the median comes from the scenario</source>
        <translation>Simpangan baku log(durasi) untuk skenario yang kategorinya punya kurang dari min_duration_points durasi yang bisa dipakai di outages.csv; mediannya diambil dari skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest usable durations a category needs before its own log-normal spread is fitted</source>
        <translation>Jumlah minimum durasi yang bisa dipakai agar sebaran log-normal sebuah kategori dihitung dari datanya sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year of the outage-history window used for yearly frequencies</source>
        <translation>Tahun pertama rentang riwayat gangguan yang dipakai untuk frekuensi per tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (inclusive) of the outage-history window used for yearly frequencies</source>
        <translation>Tahun terakhir (termasuk) rentang riwayat gangguan yang dipakai untuk frekuensi per tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a government shutdown or block when neither the history nor the published counts give one</source>
        <translation>Lama pemutusan atau pemblokiran oleh pemerintah jika riwayat maupun hitungan yang diterbitkan tidak menyebutkannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step of the impact simulation</source>
        <translation>Langkah waktu simulasi dampak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon of the impact simulation (one week)</source>
        <translation>Jangka waktu simulasi dampak (satu minggu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in the GSM-7 alphabet</source>
        <translation>Jumlah karakter dalam SMS satu segmen dengan alfabet GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part GSM-7 SMS</source>
        <translation>Jumlah karakter per segmen pada SMS GSM-7 yang terdiri dari beberapa bagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in UCS-2 (any character outside GSM-7, e.g. Arabic, Hindi)</source>
        <translation>Jumlah karakter dalam SMS satu segmen dengan UCS-2 (karakter apa pun di luar GSM-7, mis. Arab, Hindi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part UCS-2 SMS</source>
        <translation>Jumlah karakter per segmen pada SMS UCS-2 yang terdiri dari beberapa bagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach of any app channel among the business&apos;s own staff and drivers, who can be asked to install it</source>
        <translation>Jangkauan saluran aplikasi apa pun di kalangan karyawan dan kurir usaha sendiri, yang bisa diminta memasangnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the one-off set-up time of a preparation step is spread when its yearly cost is computed</source>
        <translation>Jumlah tahun untuk membagi waktu penyiapan satu kali dari langkah persiapan saat biaya per tahunnya dihitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a channel&apos;s lack of default end-to-end encryption lowers its score (0: not at all, 1: to zero)</source>
        <translation>Seberapa besar nilai saluran turun jika tidak terenkripsi end-to-end secara bawaan (0: tidak turun sama sekali, 1: sampai nol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a high set-up effort lowers a channel&apos;s score (medium counts half)</source>
        <translation>Seberapa besar nilai saluran turun jika penyiapannya berat (sedang dihitung setengahnya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest bearable loss per outage given to a new plan whose functions put no revenue at stake (coordination only): one working day of the whole staff&apos;s cost, the same one-day horizon as the revenue-based tolerance</source>
        <translation>Kerugian terbesar yang sanggup ditanggung per gangguan untuk rencana baru yang kegiatannya tidak mempertaruhkan pendapatan (hanya koordinasi): biaya seluruh karyawan selama satu hari kerja, dengan jangka satu hari yang sama seperti batas kerugian berbasis pendapatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the recovery tail after an outage&apos;s announced end, over which the blocked share falls linearly to zero (regions coming back one by one, queued messages delivered late)</source>
        <translation>Lama masa pemulihan setelah gangguan diumumkan selesai, selama porsi yang terhambat turun secara linear sampai nol (wilayah pulih satu per satu, pesan yang tertahan terkirim terlambat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long after service returns customers with a same-day need who heard of the outage stay with the arrangements they made elsewhere (the rest of the day: an evening, or the afternoon after a morning outage); also the scale on which the share who heard of it grows with the outage&apos;s length (1 - e^(-length / this))</source>
        <translation>Berapa lama setelah layanan pulih pelanggan dengan kebutuhan hari itu juga yang mendengar tentang gangguan tetap memakai pengganti yang mereka temukan di tempat lain (sisa hari itu: satu malam, atau sore hari setelah gangguan pagi); juga skala tempat bagian yang mendengarnya bertambah dengan lamanya gangguan (1 - e^(-lama / nilai ini))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor 0..1</source>
        <translation>faktor 0..1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-hours</source>
        <translation>log-jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages</source>
        <translation>gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters</source>
        <translation>karakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>porsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours per staff member</source>
        <translation>jam per karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp-only outage (like 25 Oct 2022)</source>
        <translation>Gangguan WhatsApp saja (seperti 25 Okt 2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage (like 4 Oct 2021)</source>
        <translation>Gangguan seluruh Meta (seperti 4 Okt 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long Meta outage (like 13 Mar 2019)</source>
        <translation>Gangguan Meta yang lama (seperti 13 Mar 2019)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National carrier outage (like AT&amp;T, 22 Feb 2024)</source>
        <translation>Gangguan operator nasional (seperti AT&amp;T, 22 Feb 2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government mobile-data shutdown</source>
        <translation>Pemutusan data seluler oleh pemerintah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Pemutusan internet oleh pemerintah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp diblokir di negara ini (oleh pengadilan atau pemerintah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food: restaurants, bakeries, take-away, catering</source>
        <translation>Kuliner: restoran, toko roti, makanan bawa pulang, katering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail: shops, fashion, pharmacies, online stores</source>
        <translation>Ritel: toko, fesyen, apotek, toko online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health: clinics, doctors, dentists, laboratories</source>
        <translation>Kesehatan: klinik, dokter, dokter gigi, laboratorium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: salons, repairs, cleaning, tutoring</source>
        <translation>Jasa: salon, servis dan perbaikan, kebersihan, les privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages; Messenger, Instagram and every other channel keep working.</source>
        <translation>Hanya WhatsApp yang berhenti mengirim pesan; Messenger, Instagram, dan semua saluran lain tetap berjalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Messenger, Instagram and Facebook fail together for hours, as on 4 Oct 2021.</source>
        <translation>WhatsApp, Messenger, Instagram, dan Facebook mati bersamaan selama berjam-jam, seperti pada 4 Okt 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Meta apps fail for most of a day, as on 13-14 Mar 2019 (about 14 h).</source>
        <translation>Semua aplikasi Meta mati hampir seharian, seperti pada 13-14 Mar 2019 (sekitar 14 jam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile operator&apos;s network fails nationwide: calls, SMS and mobile data stop; apps on Wi-Fi and fixed lines keep working.</source>
        <translation>Jaringan operator seluler mati secara nasional: telepon, SMS, dan data seluler berhenti; aplikasi lewat Wi-Fi dan internet kabel tetap berjalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data: every messaging app stops on phones; SMS, voice and fixed internet keep working.</source>
        <translation>Pemerintah memutus data seluler: semua aplikasi pesan berhenti di ponsel; SMS, telepon, dan internet kabel tetap berjalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut all internet access, mobile and fixed: every app and web channel stops; SMS and voice calls keep working.</source>
        <translation>Pemerintah memutus semua akses internet, seluler maupun kabel: semua aplikasi dan saluran web berhenti; SMS dan telepon tetap berjalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court or the government orders WhatsApp blocked in one country, as in Brazil in Dec 2015, May 2016 and Jul 2016; every other app keeps working.</source>
        <translation>Pengadilan atau pemerintah memerintahkan pemblokiran WhatsApp di satu negara, seperti di Brasil pada Des 2015, Mei 2016, dan Jul 2016; semua aplikasi lain tetap berjalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>Layanan pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Pesanan dan penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Koordinasi karyawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Koordinasi pemasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Siaran pemasaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Janji temu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family bakery in Ramallah that takes cake and catering orders, answers customers and dispatches deliveries on WhatsApp; customers all in Palestine, prices in shekels.</source>
        <translation>Toko roti keluarga di Ramallah yang menerima pesanan kue dan katering, menjawab pelanggan, dan mengatur pengiriman lewat WhatsApp; semua pelanggan di Palestina, harga dalam shekel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family clinic in Mumbai that books appointments, sends lab reports and collects UPI payments on WhatsApp; patients all in India, amounts in rupees.</source>
        <translation>Klinik keluarga di Mumbai yang membuat janji temu, mengirim hasil lab, dan menerima pembayaran UPI lewat WhatsApp; semua pasien di India, jumlah dalam rupee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online fashion shop in São Paulo that sells, sends Pix payment links and runs broadcast lists on WhatsApp, with Instagram as its shop window; losses counted as lost margin.</source>
        <translation>Toko fesyen daring di São Paulo yang berjualan, mengirim tautan pembayaran Pix, dan menjalankan daftar siaran lewat WhatsApp, dengan Instagram sebagai etalase; kerugian dihitung sebagai margin yang hilang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages for about two hours, as on 25 October 2022; Instagram, Messenger and every other channel keep working.</source>
        <translation>Hanya WhatsApp yang berhenti mengirim pesan, selama sekitar dua jam, seperti pada 25 Oktober 2022; Instagram, Messenger, dan semua saluran lain tetap berjalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp stops sending</source>
        <translation>WhatsApp berhenti mengirim pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick; Instagram and Facebook still work. Is this our phones, our internet, or WhatsApp? Who decides to declare the outage?</source>
        <translation>Pesan tetap centang satu; Instagram dan Facebook masih jalan. Ini masalah ponsel kita, internet kita, atau WhatsApp? Siapa yang memutuskan untuk menyatakan gangguan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers ask on Instagram</source>
        <translation>Pelanggan bertanya di Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who follow you on Instagram ask there why you do not answer on WhatsApp. Who answers them, and what do you tell the customers who are not on Instagram?</source>
        <translation>Pelanggan yang mengikuti Anda di Instagram bertanya di sana mengapa Anda tidak membalas di WhatsApp. Siapa yang menjawab mereka, dan apa yang Anda sampaikan kepada pelanggan yang tidak ada di Instagram?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service restored</source>
        <translation>Layanan pulih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp works again. Messages sent during the outage arrive in a rush. Who answers them first?</source>
        <translation>WhatsApp jalan lagi. Pesan yang dikirim selama gangguan masuk bersamaan. Siapa yang membalasnya lebih dulu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage, hour by hour (like 4 Oct 2021)</source>
        <translation>Gangguan seluruh Meta, jam demi jam (seperti 4 Okt 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram, Messenger and Facebook stop together for about six hours, as on 4 October 2021 from 15:39 UTC. Telegram slows under a sign-up surge, a customer disputes a payment, the mobile network fails too, and WhatsApp comes back partly, with messages arriving late.</source>
        <translation>WhatsApp, Instagram, Messenger, dan Facebook berhenti bersamaan selama sekitar enam jam, seperti pada 4 Oktober 2021 mulai pukul 15.39 UTC. Telegram melambat karena lonjakan pendaftaran, seorang pelanggan mempersoalkan pembayaran, jaringan seluler juga mati, dan WhatsApp pulih sebagian, dengan pesan yang datang terlambat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook stop</source>
        <translation>WhatsApp, Instagram, dan Facebook berhenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick. Instagram and Facebook do not load either. Staff ask in the shop whether their phones are broken. Who confirms the outage, and how?</source>
        <translation>Pesan tetap centang satu. Instagram dan Facebook juga tidak bisa dibuka. Karyawan di toko bertanya apakah ponsel mereka rusak. Siapa yang memastikan gangguan, dan bagaimana caranya?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers cannot order</source>
        <translation>Pelanggan tidak bisa memesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three regular customers phone the shop: their orders on WhatsApp did not go through. Who answers the phone, and where are the orders written down?</source>
        <translation>Tiga pelanggan tetap menelepon toko: pesanan mereka lewat WhatsApp tidak masuk. Siapa yang mengangkat telepon, dan di mana pesanan dicatat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram slows under a sign-up surge</source>
        <translation>Telegram melambat karena lonjakan pendaftaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millions of people sign up to Telegram at once, as on 4 October 2021 (70 million in one day). Verification codes arrive late; some customers cannot join your Telegram channel for an hour.</source>
        <translation>Jutaan orang mendaftar ke Telegram sekaligus, seperti pada 4 Oktober 2021 (70 juta dalam satu hari). Kode verifikasi datang terlambat; sebagian pelanggan tidak bisa bergabung ke kanal Telegram Anda selama satu jam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer disputes a payment made during the outage</source>
        <translation>Seorang pelanggan mempersoalkan pembayaran yang dilakukan selama gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer says she paid by bank transfer an hour ago, but nobody can see the WhatsApp message with her receipt. How is the payment checked, and who decides whether to hand over the goods?</source>
        <translation>Seorang pelanggan mengatakan ia sudah membayar lewat transfer bank satu jam lalu, tetapi tidak ada yang bisa melihat pesan WhatsApp berisi bukti transfernya. Bagaimana pembayaran itu diperiksa, dan siapa yang memutuskan apakah barangnya diserahkan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mobile network fails too</source>
        <translation>Jaringan seluler juga mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One operator&apos;s mobile network drops in your area: calls and SMS to half of your customers fail for forty minutes. Which channel still reaches them?</source>
        <translation>Jaringan seluler salah satu operator mati di daerah Anda: telepon dan SMS ke separuh pelanggan Anda gagal selama empat puluh menit. Saluran mana yang masih bisa menjangkau mereka?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp returns partly; messages arrive late</source>
        <translation>WhatsApp pulih sebagian; pesan datang terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some phones receive WhatsApp messages again, hours late and out of order. Customers who ordered elsewhere send the same order on WhatsApp. How are duplicate orders avoided?</source>
        <translation>Sebagian ponsel kembali menerima pesan WhatsApp, terlambat berjam-jam dan tidak berurutan. Pelanggan yang sudah memesan lewat jalur lain mengirim pesanan yang sama di WhatsApp. Bagaimana mencegah pesanan ganda?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook work again for everyone. Who stands down, and what does the team do first?</source>
        <translation>WhatsApp, Instagram, dan Facebook kembali jalan untuk semua orang. Siapa yang mengakhiri penanganan gangguan, dan apa yang pertama kali dilakukan tim?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customers&apos; main mobile operator fails nationwide: calls, SMS and mobile data stop, so WhatsApp stops on their phones too, as with AT&amp;T on 22 February 2024. Most phones reconnect after about two hours; congestion lasts most of the day.</source>
        <translation>Operator seluler utama pelanggan Anda mati secara nasional: telepon, SMS, dan data seluler berhenti, sehingga WhatsApp juga berhenti di ponsel mereka, seperti yang terjadi pada AT&amp;T tanggal 22 Februari 2024. Sebagian besar ponsel tersambung lagi setelah sekitar dua jam; jaringan tetap padat hampir sepanjang hari.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones show no signal</source>
        <translation>Ponsel tidak ada sinyal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff phones on one operator show SOS only; WhatsApp, calls and SMS fail on them. Phones on another operator and on Wi-Fi still work. Who has a working line?</source>
        <translation>Ponsel karyawan yang memakai satu operator hanya menampilkan SOS; WhatsApp, telepon, dan SMS tidak jalan di ponsel itu. Ponsel dengan operator lain dan yang tersambung ke Wi-Fi masih jalan. Siapa yang nomornya masih bisa dipakai?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers on Wi-Fi only</source>
        <translation>Hanya pelanggan yang memakai Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at home on Wi-Fi still write on WhatsApp; those outside cannot. Which orders are you missing, and how will you know?</source>
        <translation>Pelanggan yang di rumah memakai Wi-Fi masih menulis di WhatsApp; yang di luar rumah tidak bisa. Pesanan mana yang tidak sampai kepada Anda, dan bagaimana Anda akan mengetahuinya?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, slowly</source>
        <translation>Sebagian besar ponsel tersambung lagi, perlahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, but calls drop and messages are slow for hours. Do you keep the fallback running?</source>
        <translation>Sebagian besar ponsel tersambung lagi, tetapi telepon sering terputus dan pesan lambat selama berjam-jam. Apakah saluran cadangan tetap Anda jalankan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier delivery not confirmed</source>
        <translation>Pengiriman pemasok belum dikonfirmasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s driver cannot confirm today&apos;s delivery time. Who decides whether to close the kitchen early?</source>
        <translation>Sopir pemasok tidak bisa mengonfirmasi jam pengiriman hari ini. Siapa yang memutuskan apakah dapur ditutup lebih awal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network fully restored</source>
        <translation>Jaringan pulih sepenuhnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator announces full restoration and a credit for customers. Who stands down?</source>
        <translation>Operator mengumumkan pemulihan penuh dan kompensasi untuk pelanggannya. Siapa yang mengakhiri penanganan gangguan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data for three days: every messaging app stops on phones, while SMS, voice calls and fixed internet keep working.</source>
        <translation>Pemerintah memutus data seluler selama tiga hari: semua aplikasi pesan berhenti di ponsel, sementara SMS, panggilan suara, dan internet kabel tetap berjalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data stops nationwide</source>
        <translation>Data seluler berhenti di seluruh negeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app stops on phones; SMS and calls work; the shop&apos;s fixed internet works. Who declares the outage, and on which channel is the team told?</source>
        <translation>Semua aplikasi berhenti di ponsel; SMS dan telepon jalan; internet kabel toko jalan. Siapa yang menyatakan gangguan, dan lewat saluran apa tim diberi tahu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers do not know where to order</source>
        <translation>Pelanggan tidak tahu harus memesan di mana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular customers phone the shop, busy at peak time. How do you tell everyone at once that orders are taken by SMS and phone?</source>
        <translation>Pelanggan tetap menelepon toko, yang sedang ramai di jam sibuk. Bagaimana memberi tahu semua orang sekaligus bahwa pesanan diterima lewat SMS dan telepon?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shutdown is extended</source>
        <translation>Pemutusan diperpanjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorities say the shutdown continues for two more days. Which staff come in, and how are shifts arranged without the staff group?</source>
        <translation>Pemerintah mengumumkan pemutusan berlanjut dua hari lagi. Karyawan mana yang masuk kerja, dan bagaimana jadwal shift diatur tanpa grup karyawan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments pile up</source>
        <translation>Pembayaran menumpuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who usually pay with a link from WhatsApp ask how to pay. What do you accept, and how is each payment recorded?</source>
        <translation>Pelanggan yang biasanya membayar lewat tautan dari WhatsApp bertanya cara membayar. Apa yang Anda terima, dan bagaimana setiap pembayaran dicatat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data restored</source>
        <translation>Data seluler pulih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data returns. Three days of WhatsApp messages arrive at once. Who answers them, and in which order?</source>
        <translation>Data seluler kembali. Pesan WhatsApp selama tiga hari masuk sekaligus. Siapa yang membalasnya, dan dengan urutan apa?</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+68"/>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium to high</source>
        <translation>sedang hingga tinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low to medium</source>
        <translation>rendah hingga sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>turunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed (no source measures it)</source>
        <translation>diasumsikan (tidak ada sumber yang mengukurnya)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not rated</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/reference_table.py" line="+87"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../continuity_app/gui/models/refusal.py" line="+33"/>
        <source>{label}: low, likely and high must go up: you typed {typed} (for example {example}).</source>
        <translation>{label}: rendah, kemungkinan, dan tinggi harus berurutan naik: Anda mengetik {typed} (misalnya {example}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} must be more than {low} and at most {high}; you typed {typed}.</source>
        <translation>{label} harus lebih dari {low} dan paling banyak {high}; Anda mengetik {typed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be from {low} to {high}; you typed {typed}.</source>
        <translation>{label} harus dari {low} sampai {high}; Anda mengetik {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be more than {low}; you typed {typed}.</source>
        <translation>{label} harus lebih dari {low}; Anda mengetik {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {low} or more; you typed {typed}.</source>
        <translation>{label} harus {low} atau lebih; Anda mengetik {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {high} or less; you typed {typed}.</source>
        <translation>{label} harus {high} atau kurang; Anda mengetik {typed}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} cannot be left empty: {reason}</source>
        <translation>{label} tidak boleh kosong: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{typed}” was not used: {reason}</source>
        <translation>{label}: “{typed}” tidak dipakai: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type one number, or low – likely – high (for example 40 – 60 – 90).</source>
        <translation>ketik satu angka, atau rendah – kemungkinan – tinggi (misalnya 40 – 60 – 90).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type one number.</source>
        <translation>ketik satu angka.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/results_page.py" line="+155"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it strikes while open:</source>
        <translation>Jika terjadi saat buka:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Skenario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario shown in the charts and table</source>
        <translation>Skenario yang ditampilkan di grafik dan tabel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact over time</source>
        <translation>Dampak dari waktu ke waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By function</source>
        <translation>Per kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per year</source>
        <translation>Kerugian per tahun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: loss over outage duration</source>
        <translation>Grafik: kerugian menurut lama gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by function</source>
        <translation>Grafik: kerugian per kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by category</source>
        <translation>Grafik: kerugian per kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: chance of a yearly loss</source>
        <translation>Grafik: peluang kerugian tahunan</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{p50} usually, {p90} one time in 10, {p99} one time in 100</source>
        <translation>{p50} biasanya, {p90} sekali dari 10, {p99} sekali dari 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{p50} in a typical year, {p90} in a bad year (1 in 10), {p99} in a very bad year (1 in 100)</source>
        <translation>{p50} pada tahun biasa, {p90} pada tahun buruk (1 dari 10), {p99} pada tahun sangat buruk (1 dari 100)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing to show yet: add what your customers do on WhatsApp on the Functions page, and what an outage would cost appears here.</source>
        <translation>Belum ada yang bisa ditampilkan: tambahkan apa yang dilakukan pelanggan Anda di WhatsApp di halaman Kegiatan, dan biaya sebuah gangguan akan muncul di sini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 if it strikes while the business is open (%3, its typical length); %4 on average over every hour of the week and every length (the yearly figure is built from this average); worst if it starts on %5 at %6 (%7).</source>
        <translation>%1: %2 jika terjadi saat usaha sedang buka (%3, lama biasanya); rata-rata %4 dari setiap jam dalam seminggu dan setiap lama gangguan (angka per tahun dihitung dari rata-rata ini); terburuk jika mulai hari %5 pukul %6 (%7).</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>While open</source>
        <translation>Saat buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average outage</source>
        <translation>Gangguan rata-rata</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export &amp;PNG…</source>
        <translation>Ekspor &amp;PNG…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{term}:</source>
        <translation>{term}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One outage costs:</source>
        <translation>Satu gangguan merugikan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year of outages costs:</source>
        <translation>Gangguan selama setahun merugikan:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export S&amp;VG…</source>
        <translation>Ekspor S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss by function in the chosen scenario</source>
        <translation>Kerugian per kegiatan dalam skenario yang dipilih</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1”, of typical length (%2), striking while the business is open: the figure to plan for. Averaged over every hour of the week and every length, it costs %3.</source>
        <translation>Skenario “%1” dengan lama biasa (%2) yang terjadi saat usaha sedang buka: angka untuk perencanaan. Jika dirata-rata dari setiap jam dalam seminggu dan setiap lama gangguan, kerugiannya %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After %1, “%2” striking while the business is open costs more than the %3 the business can bear.</source>
        <translation>Setelah %1, skenario “%2” yang terjadi saat usaha sedang buka merugikan lebih dari %3 yang sanggup ditanggung usaha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>simulating…</source>
        <translation>menyimulasikan…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Function</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: missed for %2</source>
        <translation>%1: tidak tercapai selama %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reached after %2</source>
        <translation>%1: tercapai setelah %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/review_view.py" line="+96"/>
        <source>After-action review of the exercise</source>
        <translation>Evaluasi pascalatihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After-action review of the outage</source>
        <translation>Evaluasi pascagangguan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings against the plan</source>
        <translation>Waktu dibandingkan dengan rencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan expects</source>
        <translation>Target rencana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It took</source>
        <translation>Waktu sebenarnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was not done</source>
        <translation>Yang tidak dilakukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks for the action plan</source>
        <translation>Tugas tindak lanjut untuk rencana aksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as PDF…</source>
        <translation>Simpan laporan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the follow-up tasks and the record of this run to the plan</source>
        <translation>Tambahkan tugas tindak lanjut dan catatan ini ke rencana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started on %1 at %2 UTC; it lasted %3.</source>
        <translation>Dimulai pada %1 pukul %2 UTC; berlangsung selama %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Later than the plan expects, or never done.</source>
        <translation>Lebih lambat dari target rencana, atau tidak pernah dilakukan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: every step was done.</source>
        <translation>Tidak ada: semua langkah sudah dilakukan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: every switch was made.</source>
        <translation>Tidak ada: semua peralihan sudah dilakukan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the plan: the follow-up tasks (%1), the record of this run and its date as the plan&apos;s review date. Undo takes them back; save the plan to keep them.</source>
        <translation>Ditambahkan ke rencana: tugas tindak lanjut (%1), catatan pelaksanaan ini, dan tanggalnya sebagai tanggal tinjauan rencana. Urungkan untuk membatalkannya; simpan rencana agar semuanya tersimpan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved: %1</source>
        <translation>Laporan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is saved as %1.</source>
        <translation>Laporan tersimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+74"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this person does during an outage.</source>
        <translation>Tugas orang ini selama gangguan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder</source>
        <translation>Pemegang peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who normally takes this role.</source>
        <translation>Siapa yang biasanya memegang peran ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who steps in when the holder cannot be reached.</source>
        <translation>Siapa yang menggantikan jika pemegang peran tidak bisa dihubungi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder&apos;s phone number (not WhatsApp).</source>
        <translation>Nomor telepon pemegang peran (bukan WhatsApp).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate&apos;s phone</source>
        <translation>Telepon pengganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alternate&apos;s phone number.</source>
        <translation>Nomor telepon pengganti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duties</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this role does once an outage is declared.</source>
        <translation>Yang dilakukan peran ini setelah gangguan dinyatakan.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../continuity_app/core/scenarios.py" line="+179"/>
        <source>length unknown</source>
        <translation>lama tidak diketahui</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <location line="+143"/>
        <location line="+56"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n kejadian</numerusform>
        </translation>
    </message>
    <message>
        <location line="-200"/>
        <source>{event_count} in {years} years: {how_often}</source>
        <translation>{event_count} dalam {years} tahun: {how_often}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Events: {events}.</source>
        <translation>Kejadian: {events}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lengths from these events: {events}.</source>
        <translation>Lama gangguan dari kejadian berikut: {events}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model follows an outage for one week at most, so {hours} h are counted</source>
        <translation>Model mengikuti gangguan paling lama satu minggu, jadi yang dihitung {hours} jam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outage history holds no event of this kind, so the app&apos;s stated defaults apply: {how_often}, {duration} h typical length (listed with their sources on the Sources page).</source>
        <translation>Riwayat gangguan tidak memuat kejadian jenis ini, jadi nilai bawaan aplikasi berlaku: {how_often}, lama biasa {duration} jam (tercantum beserta sumbernya di halaman Sumber).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{country}: {event_count} from {first} to {last}: {how_often}</source>
        <translation>{country}: {event_count} dari {first} sampai {last}: {how_often}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: no nationwide government shutdown of this kind recorded from {first} to {last}, so none is expected; change the frequency if the risk has grown</source>
        <translation>{country}: tidak tercatat pemutusan nasional jenis ini oleh pemerintah dari {first} sampai {last}, jadi tidak ada yang diperkirakan; ubah frekuensinya jika risikonya sudah meningkat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{country}: no count of its own is published, so the world rate applies: {event_count} in {years} years across {countries}, so in one country {how_often}</source>
        <translation>{country}: tidak ada hitungan sendiri yang diterbitkan, jadi angka dunia berlaku: {event_count} dalam {years} tahun di {countries}, jadi di satu negara {how_often}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weighted by the plan&apos;s countries: {how_often}</source>
        <translation>Ditimbang menurut negara-negara dalam rencana: {how_often}</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n negara</numerusform>
        </translation>
    </message>
    <message>
        <location line="-170"/>
        <source>{sentence}. {next}</source>
        <translation>{sentence}. {next}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; the spread of their logarithms is {sigma}</source>
        <translation>Lama biasa = median dari lama yang diketahui ({known}) = {duration} jam; sebaran logaritmanya {sigma}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>Lama biasa = median dari lama yang diketahui ({known}) = {duration} jam; data lama gangguan terlalu sedikit untuk mengukur sebaran, jadi nilai bawaan {sigma} berlaku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No length is known, so the stated default of {duration} h applies; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>Lama gangguan tidak diketahui, jadi nilai bawaan yang dinyatakan, {duration} jam, berlaku; data lama gangguan terlalu sedikit untuk mengukur sebaran, jadi nilai bawaan {sigma} berlaku</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{country} also had {event_count} that hit only one region (regional shutdowns) from {first} to {last}; they are not counted, so raise the frequency if your region is among those affected</source>
        <translation>{country} juga mengalami {event_count} yang hanya terjadi di satu wilayah (pemutusan regional) dari {first} sampai {last}; kejadian itu tidak dihitung, jadi naikkan frekuensinya jika wilayah Anda termasuk yang terdampak</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How often this happens depends on the business&apos;s countries: it is counted for each country when a plan gives them</source>
        <translation>Seberapa sering hal ini terjadi bergantung pada negara tempat usaha beroperasi: frekuensinya dihitung untuk setiap negara jika rencana mencantumkannya</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="-89"/>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this kind of outage.</source>
        <translation>Nama untuk jenis gangguan ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What fails</source>
        <translation>Yang mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The infrastructure that stops working; every channel on it fails.</source>
        <translation>Infrastruktur yang berhenti bekerja; semua saluran yang bergantung padanya ikut mati.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration (h)</source>
        <translation>Durasi (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length of one outage, hours.</source>
        <translation>Lama biasa satu gangguan, dalam jam.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often</source>
        <translation>Seberapa sering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many such outages to expect in a year. Double-click to type it as a number per year: 0.5 is once every two years, 4 is four times a year.</source>
        <translation>Berapa kali gangguan seperti ini diperkirakan terjadi dalam setahun. Klik dua kali untuk mengetiknya sebagai angka per tahun: 0,5 berarti sekali dalam dua tahun, 4 berarti empat kali setahun.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="+134"/>
        <source>Outages per year</source>
        <translation>Gangguan per tahun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the scenario a name.</source>
        <translation>beri nama skenario ini.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+13"/>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pinned start time, or any time of the week (losses averaged).</source>
        <translation>Waktu mulai yang ditetapkan, atau kapan saja dalam seminggu (kerugian dirata-ratakan).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="-33"/>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/scenarios_page.py" line="+236"/>
        <location line="+16"/>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Say how often at least one scenario happens in a year.</source>
        <translation>Tentukan seberapa sering setidaknya satu skenario terjadi dalam setahun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outages this plan prepares for. Presets take their frequency and length from the outage history below; a channel keeps working in a scenario only when nothing it depends on fails. Double-click a name, duration or frequency to change it.</source>
        <translation>Gangguan yang diantisipasi rencana ini. Skenario siap pakai mengambil frekuensi dan lamanya dari riwayat gangguan di bawah; sebuah saluran tetap berjalan dalam skenario hanya jika tidak ada yang menjadi sandarannya yang mati. Klik dua kali nama, durasi, atau frekuensi untuk mengubahnya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add preset</source>
        <translation>Tambah skenario siap pakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outage scenario derived from the history.</source>
        <translation>Tambahkan skenario gangguan yang diturunkan dari riwayat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add preset scenario</source>
        <translation>Tambah skenario siap pakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom scenario</source>
        <translation>Tambah skenario sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scenario whose numbers you set yourself.</source>
        <translation>Tambahkan skenario yang angkanya Anda tentukan sendiri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected scenario from the plan.</source>
        <translation>Hapus skenario yang dipilih dari rencana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scenario</source>
        <translation>Hapus skenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected scenario</source>
        <translation>Skenario yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What fails (hover for details):</source>
        <translation>&amp;Yang mati (arahkan penunjuk untuk rincian):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed infrastructure layers</source>
        <translation>Lapisan infrastruktur yang mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin the start time</source>
        <translation>&amp;Tetapkan waktu mulai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a pinned start the loss is averaged over every hour of the week, and the worst start is reported beside it.</source>
        <translation>Tanpa waktu mulai yang ditetapkan, kerugian dirata-ratakan untuk setiap jam dalam seminggu, dan waktu mulai terburuk ditampilkan di sampingnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start weekday</source>
        <translation>Hari mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the numbers come from</source>
        <translation>Asal angka-angka ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Riwayat gangguan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed</source>
        <translation>Yang mati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (h)</source>
        <translation>Durasi (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every preset is in the plan</source>
        <translation>Semua skenario siap pakai sudah ada di rencana</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only one kind of outage so far: add the others with Add preset (a Meta-wide outage, a phone network outage, a government shutdown) to see what each would cost.</source>
        <translation>Baru ada satu jenis gangguan: tambahkan yang lain dengan Tambah skenario siap pakai (gangguan seluruh infrastruktur Meta, gangguan jaringan telepon, pemutusan oleh pemerintah) untuk melihat biaya masing-masing.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A custom scenario: its frequency and duration are yours. Fails: %1.</source>
        <translation>Skenario sendiri: frekuensi dan durasinya Anda tentukan. Yang mati: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: {source} (confidence: {confidence}).</source>
        <translation>Sumber: {source} (tingkat keyakinan: {confidence}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A scenario needs at least one layer that fails.</source>
        <translation>Skenario perlu setidaknya satu lapisan yang mati.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Outage history (%n event(s))</source>
        <translation>
            <numerusform>Riwayat gangguan (%n kejadian)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show outage history</source>
        <translation>Tampilkan riwayat gangguan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of the modelled layers</source>
        <translation>tidak ada lapisan yang dimodelkan</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../continuity_app/selftest.py" line="+60"/>
        <source>note: no display answers at {displays}; the window is checked offscreen.</source>
        <translation>catatan: tidak ada layar yang menjawab di {displays}; jendela diperiksa secara offscreen.</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../continuity_app/gui/app.py" line="+115"/>
        <source>The unsaved changes could not be written to the recovery folder: the window asks whether to save them. Press Ctrl+C again to quit without them.</source>
        <translation>Perubahan yang belum disimpan tidak dapat ditulis ke folder pemulihan: jendela akan menanyakan apakah perubahan itu mau disimpan. Tekan Ctrl+C sekali lagi untuk keluar tanpa menyimpannya.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_page.py" line="+91"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every figure the model uses, with where it comes from and how far it can be trusted. Figures marked &apos;default&apos; are stated assumptions, not measurements: change them in your plan where you know better. &apos;Derived&apos; figures are computed from the others (for example from the outage history).</source>
        <translation>Setiap angka yang dipakai model, beserta asalnya dan seberapa jauh bisa dipercaya. Angka bertanda &apos;bawaan&apos; adalah asumsi, bukan hasil pengukuran: ubah di rencana Anda jika Anda tahu angka yang lebih tepat. Angka &apos;turunan&apos; dihitung dari angka lain (misalnya dari riwayat gangguan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter:</source>
        <translation>Saring:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to show only matching rows in every tab</source>
        <translation>Ketik untuk menampilkan hanya baris yang cocok di setiap tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the reference tables</source>
        <translation>Saring tabel rujukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the selected row</source>
        <translation>Sumber baris yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy source</source>
        <translation>Salin sumber</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Source of the selected row (confidence: %1):</source>
        <translation>Sumber baris yang dipilih (keyakinan: %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the selected row:</source>
        <translation>Sumber baris yang dipilih:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage by country</source>
        <translation>Penggunaan per negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Riwayat gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country figures</source>
        <translation>Angka per negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="+274"/>
        <source>Blocked apps</source>
        <translation>Aplikasi yang diblokir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data coverage</source>
        <translation>Cakupan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelling defaults</source>
        <translation>Nilai bawaan model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer behaviour</source>
        <translation>Perilaku pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdowns and carrier outages</source>
        <translation>Pemutusan internet dan gangguan operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario presets</source>
        <translation>Skenario siap pakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps</source>
        <translation>Langkah persiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function needs</source>
        <translation>Kebutuhan kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure layers</source>
        <translation>Lapisan infrastruktur</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="-213"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>sebagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <location line="+319"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Bergantung pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works without mobile data</source>
        <translation>Jalan tanpa data seluler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end encrypted</source>
        <translation>Enkripsi end-to-end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per message (USD)</source>
        <translation>Biaya per pesan (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up effort</source>
        <translation>Upaya penyiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slows under sign-up surges</source>
        <translation>Melambat saat lonjakan pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <location line="+27"/>
        <location line="+24"/>
        <location line="+26"/>
        <location line="+35"/>
        <location line="+93"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was measured</source>
        <translation>Yang diukur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Used by the model</source>
        <translation>Dipakai oleh model</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-96"/>
        <source>worldwide</source>
        <translation>seluruh dunia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>one country</source>
        <translation>satu negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>partial</source>
        <translation>sebagian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>Mulai (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Failed layers</source>
        <translation>Lapisan yang mati</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Duration (h)</source>
        <translation>Durasi (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the duration</source>
        <translation>Tentang durasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Assumption</source>
        <translation>Asumsi</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+85"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>What it measures</source>
        <translation>Apa yang diukur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>App</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is blocked</source>
        <translation>Yang diblokir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole app</source>
        <translation>seluruh aplikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its calls</source>
        <translation>panggilannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down, not blocked</source>
        <translation>diperlambat, tidak diblokir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in force</source>
        <translation>masih berlaku</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apps with a usage figure</source>
        <translation>Aplikasi dengan angka penggunaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest figure</source>
        <translation>Angka tertua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest figure</source>
        <translation>Angka terbaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted from the other tabs: each figure keeps its own source there.</source>
        <translation>Dihitung dari tab lain: setiap angka tetap memakai sumbernya sendiri di sana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind of function</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Bidang usaha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Terendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Tertinggi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long customers wait (h)</source>
        <translation>Lama pelanggan mau menunggu (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share who come back later</source>
        <translation>Porsi yang kembali kemudian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share lost for good</source>
        <translation>Porsi yang hilang selamanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share that cannot wait</source>
        <translation>Porsi yang tidak bisa menunggu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Kali/tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length (h)</source>
        <translation>Durasi biasa (jam)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government mobile-data shutdown</source>
        <translation>Pemutusan data seluler oleh pemerintah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Pemutusan internet oleh pemerintah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps blocked by the government</source>
        <translation>Aplikasi diblokir oleh pemerintah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nationwide mobile-carrier outage</source>
        <translation>Gangguan operator seluler secara nasional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole country</source>
        <translation>seluruh negeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one region</source>
        <translation>satu wilayah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>World</source>
        <translation>Dunia</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages at least (h)</source>
        <translation>Gangguan minimal (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages under (h)</source>
        <translation>Gangguan kurang dari (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts who follow</source>
        <translation>Kontak yang ikut pindah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready after (h)</source>
        <translation>Siap setelah (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up work (h)</source>
        <translation>Kerja penyiapan (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee (USD)</source>
        <translation>Biaya bulanan (USD)</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location line="+37"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+116"/>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all sectors</source>
        <translation>semua bidang usaha</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First year</source>
        <translation>Tahun pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Tahun terakhir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp diblokir di negara ini (oleh pengadilan atau pemerintah)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internet shutdown by the government (kind not given)</source>
        <translation>Pemutusan internet oleh pemerintah (jenis tidak disebutkan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not stated</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>local (e.g. %1)</source>
        <translation>lokal (mis. %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one-to-one chats</source>
        <translation>chat pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups</source>
        <translation>grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast</source>
        <translation>siaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business account or API</source>
        <translation>akun bisnis atau API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+11"/>
        <source>one provider&apos;s service</source>
        <translation>layanan satu penyedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>network</source>
        <translation>jaringan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fails with it</source>
        <translation>Yang ikut mati</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+94"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/spreadsheet_dialog.py" line="+372"/>
        <source>The plan has no results to export yet.</source>
        <translation>Belum ada hasil rencana untuk diekspor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location line="-260"/>
        <source>Import functions from a spreadsheet</source>
        <translation>Impor kegiatan dari spreadsheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel table with one row per function. Say which column holds each value; the titles are guessed. Shares may be 0.8 or 80 %, uncertain values low – likely – high.</source>
        <translation>Tabel CSV atau Excel dengan satu baris per kegiatan. Tentukan kolom mana yang berisi setiap nilai; judul kolom ditebak otomatis. Porsi boleh ditulis 0.8 atau 80 %, nilai yang tidak pasti sebagai rendah – kemungkinan – tinggi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Belum ada berkas dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen table</source>
        <translation>Tabel yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV or Excel file</source>
        <translation>Pilih berkas CSV atau Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the plan&apos;s functions as a table…</source>
        <translation>&amp;Simpan kegiatan rencana sebagai tabel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan&apos;s functions to a CSV or Excel file in the columns this dialog reads, to edit them in a spreadsheet and import them back.</source>
        <translation>Tulis kegiatan rencana ke berkas CSV atau Excel dengan kolom yang dibaca dialog ini, agar bisa diubah di spreadsheet lalu diimpor kembali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>Kolom untuk %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First rows:</source>
        <translation>&amp;Baris pertama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows of the table</source>
        <translation>Baris pertama tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems:</source>
        <translation>&amp;Masalah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the table</source>
        <translation>Masalah dalam tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the plan&apos;s functions</source>
        <translation>&amp;Tambahkan ke kegiatan rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the plan&apos;s functions</source>
        <translation>&amp;Ganti kegiatan rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a functions table</source>
        <translation>Pilih tabel kegiatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabel (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan&apos;s functions as a table</source>
        <translation>Simpan kegiatan rencana sebagai tabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the table</source>
        <translation>Tidak dapat menyimpan tabel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>Baris %1, kolom “%2”: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>&amp;Import %n function(s)</source>
        <translation>
            <numerusform>&amp;Impor %n kegiatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+105"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>baris {row}, kolom {column}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: {message}</source>
        <translation>baris {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(dan %n lainnya)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}: choose a .csv or .xlsx file</source>
        <translation>{name}: pilih berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/table_files.py" line="+65"/>
        <source>{path}: no such file</source>
        <translation>{path}: berkas tidak ada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} is not a regular file (it is a folder, a pipe or a device). Choose the spreadsheet file itself.</source>
        <translation>{name} bukan berkas biasa (melainkan folder, pipe, atau perangkat). Pilih berkas spreadsheet itu sendiri.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is {size}; a functions table file is at most {limit}. Keep only the functions table in the file and save it again.</source>
        <translation>{name} berukuran {size}; berkas tabel kegiatan paling besar {limit}. Sisakan hanya tabel kegiatan di berkas itu lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: the sheet has {rows} rows; a functions table has at most {limit}. Delete the rows below the table (or copy the table to a new sheet) and save it again.</source>
        <translation>{name}: lembar kerja berisi {rows} baris; tabel kegiatan paling banyak {limit} baris. Hapus baris di bawah tabel (atau salin tabel ke lembar kerja baru) lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the sheet has {columns} columns; a functions table has at most {limit}. Delete the columns right of the table and save it again.</source>
        <translation>{name}: lembar kerja berisi {columns} kolom; tabel kegiatan paling banyak {limit} kolom. Hapus kolom di sebelah kanan tabel lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {cell} holds {length} characters; a cell of a functions table holds at most {limit}. Shorten that cell and save the file again.</source>
        <translation>{name}: {cell} berisi {length} karakter; satu sel tabel kegiatan paling banyak {limit} karakter. Perpendek sel itu lalu simpan lagi berkasnya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: reading the table took more than {seconds} seconds, far longer than a functions table needs. Keep only the functions table in the file and save it again.</source>
        <translation>{name}: membaca tabel butuh lebih dari {seconds} detik, jauh lebih lama daripada yang diperlukan tabel kegiatan. Sisakan hanya tabel kegiatan di berkas itu lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line {line}, cell {column}</source>
        <translation>baris {line}, sel {column}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line {line}</source>
        <translation>baris {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: line {line} cannot be read as CSV ({error}). Open the file in your spreadsheet program and save it again as CSV UTF-8.</source>
        <translation>{name}: baris {line} tidak dapat dibaca sebagai CSV ({error}). Buka berkas di program spreadsheet Anda lalu simpan lagi sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than {limit}</source>
        <translation>lebih dari {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} contains NUL characters, so it is not a text table (perhaps a workbook or another binary file named .csv). Save the table as CSV UTF-8 or as .xlsx and try again.</source>
        <translation>{name} berisi karakter NUL, jadi bukan tabel teks (mungkin buku kerja atau berkas biner lain yang diberi nama .csv). Simpan tabel sebagai CSV UTF-8 atau .xlsx lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx</source>
        <translation>{name}: bukan teks UTF-8; simpan tabel sebagai CSV UTF-8 atau .xlsx</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} is password-protected or an old-style .xls workbook. Remove the password (or save it as .xlsx) in your spreadsheet program and try again.</source>
        <translation>{name} dilindungi kata sandi atau berupa buku kerja .xls model lama. Hapus kata sandinya (atau simpan sebagai .xlsx) di program spreadsheet Anda lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx). Save the table as .xlsx or as CSV UTF-8 and try again.</source>
        <translation>{name} bukan buku kerja Excel (.xlsx). Simpan tabel sebagai .xlsx atau CSV UTF-8 lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook is damaged and cannot be read ({detail}). Open it in your spreadsheet program and save it again, or save the table as CSV UTF-8.</source>
        <translation>{name}: buku kerja rusak dan tidak dapat dibaca ({detail}). Buka di program spreadsheet Anda lalu simpan lagi, atau simpan tabel sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook unpacks to more than {size}, far more than a functions table needs, so it is not opened. Copy the functions table into a new workbook and save that.</source>
        <translation>{name}: bila diekstrak, buku kerja ini menjadi lebih dari {size}, jauh melebihi kebutuhan tabel kegiatan, jadi tidak dibuka. Salin tabel kegiatan ke buku kerja baru lalu simpan buku kerja itu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many parts</source>
        <translation>terlalu banyak bagian</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is password-protected. Remove the password in your spreadsheet program and try again.</source>
        <translation>{name} dilindungi kata sandi. Hapus kata sandinya di program spreadsheet Anda lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: the workbook holds XML declarations that spreadsheet programs never write (a way to make a small file expand without end), so it is not opened. Copy the table into a new workbook and save that.</source>
        <translation>{name}: buku kerja berisi deklarasi XML yang tidak pernah ditulis program spreadsheet (cara membuat berkas kecil membengkak tanpa batas), jadi tidak dibuka. Salin tabel ke buku kerja baru lalu simpan buku kerja itu.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no sheets</source>
        <translation>tidak ada lembar kerja</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cell {cell}</source>
        <translation>sel {cell}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+6"/>
        <location filename="../../continuity_app/io/table_files.py" line="-435"/>
        <source>{name}: the file is empty</source>
        <translation>{name}: berkas kosong</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{text} is a formula, and formulas are not computed here; type the value itself (or paste values only) in the spreadsheet</source>
        <translation>{text} adalah rumus, dan rumus tidak dihitung di sini; ketik nilainya langsung (atau tempel nilainya saja) di spreadsheet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is a date, not a number; {hint}</source>
        <translation>{text} adalah tanggal, bukan angka; {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a finite number; {hint}</source>
        <translation>{text} bukan angka terhingga; {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a whole number of people</source>
        <translation>{text} bukan jumlah orang yang bulat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: give one number</source>
        <translation>{text}: isi satu angka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text}: low – likely – high must be in rising order</source>
        <translation>{text}: rendah – kemungkinan – tinggi harus berurutan naik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: give one number or low – likely – high</source>
        <translation>{text}: isi satu angka atau rendah – kemungkinan – tinggi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a number; {hint}</source>
        <translation>{text} bukan angka; {hint}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-171"/>
        <source>write interactions per open day, such as 60 or 40 – 60 – 90</source>
        <translation>tulis jumlah interaksi per hari buka, seperti 60 atau 40 – 60 – 90</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>write a share such as 0.8 or 80 %</source>
        <translation>tulis porsi seperti 0.8 atau 80 %</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>write a share such as 0.5 or 50 %</source>
        <translation>tulis porsi seperti 0.5 atau 50 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write a share such as 0.05 or 5 %</source>
        <translation>tulis porsi seperti 0.05 atau 5 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>write a share such as 0.9 or 90 %, or leave it empty for the default</source>
        <translation>tulis porsi seperti 0.9 atau 90 %, atau kosongkan untuk nilai bawaan</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>write a share such as 0.3 or 30 %</source>
        <translation>tulis porsi seperti 0.3 atau 30 %</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>write an amount in the plan currency, such as 35</source>
        <translation>tulis jumlah dalam mata uang rencana, seperti 35</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>write an amount in the plan currency, such as 2</source>
        <translation>tulis jumlah dalam mata uang rencana, seperti 2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>write hours, such as 4 or 1 – 4 – 12</source>
        <translation>tulis jumlah jam, seperti 4 atau 1 – 4 – 12</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>write messages per interaction, such as 3</source>
        <translation>tulis jumlah pesan per interaksi, seperti 3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>write a number of people, such as 5</source>
        <translation>tulis jumlah orang, seperti 5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+8"/>
        <source>write a number</source>
        <translation>tulis angka</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a kind of function; use one of {kinds}</source>
        <translation>{text} bukan jenis kegiatan; gunakan salah satu dari {kinds}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>choose a column for {fields}</source>
        <translation>pilih kolom untuk {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such column in the table</source>
        <translation>kolom ini tidak ada di tabel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty</source>
        <comment>a required cell with nothing in it</comment>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/sheet_writers.py" line="+117"/>
        <source>{name}: give a file name ending in .csv or .xlsx</source>
        <translation>{name}: berikan nama berkas yang berakhiran .csv atau .xlsx</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write {path}: {error}</source>
        <translation>{path} tidak dapat disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../continuity_app/gui/outage/start_dialog.py" line="+74"/>
        <location line="+7"/>
        <source>Start outage mode</source>
        <translation>Mulai mode gangguan</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which outage is it? The window then shows the plan at work: the clock since now, the checklist, the messages and the log, saved as it goes.</source>
        <translation>Gangguan yang mana? Jendela ini lalu menampilkan rencana yang sedang dijalankan: waktu berjalan sejak sekarang, daftar periksa, pesan, dan log, yang terus disimpan selama berjalan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run a tabletop exercise</source>
        <translation>Jalankan latihan simulasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which exercise? A facilitator moves its clock on and reads out its events; the team works from the plan as in a real outage.</source>
        <translation>Latihan yang mana? Seorang fasilitator memajukan jamnya dan membacakan kejadian-kejadiannya; tim bekerja sesuai rencana seperti saat gangguan sungguhan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the exercise</source>
        <translation>Mulai latihan</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/status_view.py" line="+46"/>
        <source>Where the outage stands, by the plan&apos;s figures</source>
        <translation>Keadaan gangguan saat ini, menurut angka dalam rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss so far:</source>
        <translation>Kerugian sejauh ini:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest outage you can bear:</source>
        <translation>Gangguan terlama yang sanggup Anda tanggung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum service, served now by the switches made:</source>
        <translation>Layanan minimum, yang kini terlayani lewat peralihan yang sudah dilakukan:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week; no limit within this outage.</source>
        <translation>lebih dari seminggu; tidak ada batas selama gangguan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, reached in %2.</source>
        <translation>%1, batasnya tercapai dalam %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, passed %2 ago.</source>
        <translation>%1, batasnya terlewati %2 yang lalu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 served, %3 needed within %4: met.</source>
        <translation>%1: %2 terlayani, %3 dibutuhkan dalam %4: terpenuhi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met yet, %5 left.</source>
        <translation>%1: %2 terlayani, %3 dibutuhkan dalam %4: belum terpenuhi, sisa %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met, %5 too late.</source>
        <translation>%1: %2 terlayani, %3 dibutuhkan dalam %4: tidak terpenuhi, terlambat %5.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/summary_page.py" line="+128"/>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first three things to do</source>
        <translation>Tiga hal pertama yang perlu dilakukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every recommendation</source>
        <translation>Lihat semua rekomendasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan…</source>
        <translation>Cetak rencana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp mati: mulai mode gangguan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Jalankan latihan simulasi…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: what a WhatsApp outage would cost</source>
        <translation>%1: kerugian jika WhatsApp terganggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: what an outage of WhatsApp and your other apps would cost</source>
        <translation>%1: kerugian jika WhatsApp dan aplikasi Anda yang lain terganggu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out the figures…</source>
        <translation>Menghitung angka…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n activities rely on typical values no source measures for your business (how long customers wait, how many come back): replace them with yours on the Functions page when you know them.</source>
        <translation>
            <numerusform>%n kegiatan memakai nilai umum yang tidak diukur oleh sumber mana pun untuk usaha Anda (berapa lama pelanggan menunggu, berapa banyak yang kembali): ganti dengan angka Anda sendiri di halaman Kegiatan jika sudah mengetahuinya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>With the %n open task(s) of your action plan done, you can expect to lose about {after} a year instead of {before}, and {p90_after} instead of {p90_before} in a bad year. The figures above are for today.</source>
        <translation>
            <numerusform>Setelah %n tugas tersisa dalam rencana aksi Anda selesai: perkiraan kerugian sekitar {after} per tahun, bukan {before}, dan {p90_after}, bukan {p90_before}, pada tahun buruk. Angka di atas adalah untuk kondisi hari ini.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One outage of about %1 while you are open</source>
        <translation>Satu gangguan sekitar %1 saat Anda buka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the longest outage you can bear is worked out on this one.</source>
        <translation>%1: gangguan terlama yang sanggup Anda tanggung dihitung dari gangguan ini.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than a week</source>
        <translation>lebih dari seminggu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After that, one outage costs more than the %1 you said you can bear.</source>
        <translation>Setelah itu, satu gangguan merugikan lebih dari %1 yang menurut Anda sanggup ditanggung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working out what to do first…</source>
        <translation>Mencari apa yang perlu dilakukan lebih dulu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to add now: no step saves more than it costs. See the Recommendations page for the reasons.</source>
        <translation>Belum ada yang perlu ditambahkan: tidak ada langkah yang menghemat lebih banyak daripada biayanya. Lihat alasannya di halaman Rekomendasi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (for %3): saves about %4 a year, costs about %5 a year.</source>
        <translation>%1. %2 (untuk %3): menghemat sekitar %4 per tahun, biayanya sekitar %5 per tahun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your action plan: %1.</source>
        <translation>Di rencana aksi Anda: %1.</translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <location filename="../../continuity_app/io/task_export.py" line="+58"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worth a year ({currency})</source>
        <translation>Nilai per tahun ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Continuity plan: {business}</source>
        <translation>Rencana kelangsungan usaha: {business}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function: {function}</source>
        <translation>Kegiatan: {function}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel: {channel}</source>
        <translation>Saluran: {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: {owner}</source>
        <translation>Penanggung jawab: {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost: {once} once, then {monthly} a month</source>
        <translation>Biaya: {once} sekali bayar, lalu {monthly} per bulan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {monthly} a month</source>
        <translation>Biaya: {monthly} per bulan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {once} once</source>
        <translation>Biaya: {once} sekali bayar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: none recorded</source>
        <translation>Biaya: tidak tercatat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When done: {channel} reaches {readiness} of this function&apos;s WhatsApp contacts, who switch to it within {delay}.</source>
        <translation>Setelah selesai: {channel} menjangkau {readiness} kontak WhatsApp kegiatan ini, yang beralih ke saluran itu dalam {delay}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worth: about {amount} a year of expected outage losses avoided.</source>
        <translation>Nilai: sekitar {amount} per tahun dari perkiraan kerugian akibat gangguan yang terhindarkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Catatan: {notes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparation tasks: {business}</source>
        <translation>Tugas persiapan: {business}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} adalah folder; berikan nama berkas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} tidak dapat disimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tasks.py" line="+15"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done to make the channel ready.</source>
        <translation>Apa yang harus dikerjakan agar saluran siap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity the task prepares a fallback for.</source>
        <translation>Kegiatan yang disiapkan saluran cadangannya oleh tugas ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fallback channel the task makes ready.</source>
        <translation>Saluran cadangan yang disiapkan oleh tugas ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it (a name, or a role of the plan).</source>
        <translation>Siapa yang mengerjakannya (nama, atau peran dalam rencana).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date it should be done by.</source>
        <translation>Tanggal paling lambat tugas harus selesai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, in progress, done or dropped. Only a done task counts in how ready the business is today.</source>
        <translation>Direncanakan, sedang dikerjakan, selesai, atau dibatalkan. Hanya tugas yang selesai yang dihitung dalam kesiapan usaha hari ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One-off cost (%1)</source>
        <translation>Biaya sekali bayar (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What setting it up costs once, staff time included.</source>
        <translation>Biaya penyiapan yang dibayar sekali, termasuk waktu karyawan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-off</source>
        <translation>Sekali bayar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (%1)</source>
        <translation>Biaya bulanan (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs each month once it runs (fees, numbers).</source>
        <translation>Biaya setiap bulan setelah berjalan (iuran, nomor).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready when done (%)</source>
        <translation>Siap setelah selesai (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the activity&apos;s WhatsApp customers the channel will reach once the task is done.</source>
        <translation>Porsi pelanggan WhatsApp kegiatan ini yang akan dijangkau saluran setelah tugas selesai.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch within (hours)</source>
        <translation>Beralih dalam (jam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until those customers actually switch, once the task is done.</source>
        <translation>Jam sampai pelanggan tersebut benar-benar beralih, setelah tugas selesai.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the owner of the task should know.</source>
        <translation>Hal yang perlu diketahui penanggung jawab tugas.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/tasks_model.py" line="+128"/>
        <source>Saves a year</source>
        <translation>Hemat/tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much less you can expect to lose to outages each year once this task alone is done (open tasks only).</source>
        <translation>Berapa banyak kerugian akibat gangguan per tahun yang bisa Anda hindari jika hanya tugas ini yang selesai (hanya untuk tugas tersisa).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Overdue: it was due on {date}.</source>
        <translation>Lewat tenggat: seharusnya selesai pada {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not assigned</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} (overdue)</source>
        <translation>{date} (lewat tenggat)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>say what has to be done.</source>
        <translation>tulis apa yang harus dikerjakan.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/tasks_page.py" line="+142"/>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task “%1” is overdue.</source>
        <translation>%1 sudah lewat tenggat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is past its review date.</source>
        <translation>Rencana sudah melewati tanggal tinjauannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps you have decided to take, with who does them and by when. A step counts in how ready you are today only once it is marked done; until then it shows in the right-hand column, as what the plan will give.</source>
        <translation>Langkah yang sudah Anda putuskan untuk diambil, siapa yang mengerjakannya, dan kapan tenggatnya. Langkah baru dihitung dalam kesiapan Anda hari ini setelah ditandai selesai; sampai saat itu, langkah tersebut tampil di kolom kanan, sebagai hasil yang akan diberikan rencana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New task…</source>
        <translation>Tugas &amp;baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove task</source>
        <translation>&amp;Hapus tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as spreadsheet (CSV)…</source>
        <translation>Ekspor sebagai spreadsheet (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to calendar (.ics)…</source>
        <translation>Ekspor ke kalender (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the plan as reviewed today</source>
        <translation>Tandai rencana sudah ditinjau hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation tasks</source>
        <translation>Tugas persiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and when the open tasks are done</source>
        <translation>Hari ini dan setelah tugas tersisa selesai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad year (1 in 10)</source>
        <translation>Tahun buruk (1 dari 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum service kept</source>
        <translation>Layanan minimum terpenuhi</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Setelah %n tugas tersisa selesai</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No tasks yet. On the Recommendations page, choose a step and press “Add this step to the action plan”, or make one here with “New task”.</source>
        <translation>Belum ada tugas. Di halaman Rekomendasi, pilih langkah lalu tekan “Tambahkan langkah ini ke rencana aksi”, atau buat tugas di sini dengan “Tugas baru”.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No open task: the same</source>
        <translation>Tidak ada tugas tersisa: sama</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>more than a week</source>
        <translation>lebih dari seminggu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no minimum set</source>
        <translation>belum ada minimum yang ditetapkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>terpenuhi di {kept} dari {count} kegiatan; tidak terpenuhi: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>terpenuhi di {kept} dari {count} kegiatan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review of this plan is recorded. Review it with the people who act in it, then mark it reviewed: the next review falls due six months later.</source>
        <translation>Belum ada tinjauan rencana yang tercatat. Tinjau rencana ini bersama orang-orang yang berperan di dalamnya, lalu tandai sudah ditinjau: tinjauan berikutnya jatuh enam bulan kemudian.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was due for review on %1: review it, then mark it.</source>
        <translation>Rencana seharusnya ditinjau pada %1: tinjau, lalu tandai sudah ditinjau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review of the plan: %1.</source>
        <translation>Tinjauan rencana berikutnya: %1.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export the tasks as a spreadsheet</source>
        <translation>Ekspor tugas sebagai spreadsheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n task(s) written to {path}.</source>
        <translation>
            <numerusform>%n tugas tersimpan di {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the tasks to a calendar</source>
        <translation>Ekspor tugas ke kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Berkas kalender (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n open task(s) written to {path} as calendar entries, each on its due date with a reminder the day before.</source>
        <translation>
            <numerusform>%n tugas tersisa tersimpan di {path} sebagai entri kalender, masing-masing pada tanggal tenggatnya dengan pengingat sehari sebelumnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open task(s) have no due date and were left out: give them one.</source>
        <translation>
            <numerusform>%n tugas tersisa belum punya tenggat dan tidak dimasukkan: beri tenggat untuk tugas tersebut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tasks could not be written to %1: %2. Choose another place.</source>
        <translation>Tugas tidak dapat disimpan ke %1: %2. Pilih tempat lain.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../continuity_app/core/terms.py" line="+33"/>
        <source>{technical}: {meaning}</source>
        <translation>{technical}: {meaning}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected loss per year</source>
        <translation>Perkiraan kerugian per tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALE (annualised loss expectancy)</source>
        <translation>ALE (ekspektasi kerugian tahunan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what outages cost in an average year: the cost of each kind of outage times how often it happens, added up.</source>
        <translation>biaya gangguan dalam tahun rata-rata: biaya setiap jenis gangguan dikali seberapa sering terjadi, lalu dijumlahkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest outage you can bear</source>
        <translation>Gangguan terlama yang sanggup Anda tanggung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTPD (maximum tolerable period of disruption)</source>
        <translation>MTPD (periode gangguan maksimum yang dapat ditoleransi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long an outage can last, striking while you are open, before its cost passes the largest loss you said you can bear.</source>
        <translation>berapa lama gangguan bisa berlangsung, jika terjadi saat Anda buka, sebelum biayanya melewati kerugian terbesar yang menurut Anda sanggup ditanggung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum service</source>
        <translation>Layanan minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBCO (minimum business continuity objective)</source>
        <translation>MBCO (tujuan minimum kelangsungan usaha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of an activity&apos;s customers you must still serve during an outage, and how soon.</source>
        <translation>porsi pelanggan suatu kegiatan yang harus tetap Anda layani selama gangguan, dan seberapa cepat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest loss you can bear from one outage</source>
        <translation>Kerugian terbesar yang sanggup Anda tanggung dari satu gangguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss tolerance</source>
        <translation>Toleransi kerugian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most one outage may cost before the business is in trouble; the longest outage you can bear is read from it.</source>
        <translation>biaya paling besar dari satu gangguan sebelum usaha mengalami kesulitan; gangguan terlama yang sanggup Anda tanggung dihitung dari angka ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A typical year</source>
        <translation>Tahun biasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 (median)</source>
        <translation>P50 (median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half of the simulated years lose less than this, half lose more.</source>
        <translation>separuh tahun yang disimulasikan merugi kurang dari angka ini, separuh lainnya lebih.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bad year (1 in 10)</source>
        <translation>Tahun buruk (1 dari 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 (90th percentile)</source>
        <translation>P90 (persentil ke-90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in ten loses more than this.</source>
        <translation>hanya satu dari sepuluh tahun yang disimulasikan merugi lebih dari angka ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A very bad year (1 in 100)</source>
        <translation>Tahun sangat buruk (1 dari 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P99 (99th percentile)</source>
        <translation>P99 (persentil ke-99)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in a hundred loses more than this.</source>
        <translation>hanya satu dari seratus tahun yang disimulasikan merugi lebih dari angka ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated years</source>
        <translation>Tahun yang disimulasikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo simulation</source>
        <translation>Simulasi Monte Carlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app plays out thousands of possible years, with outages at random times and of random lengths, to show how much the loss can vary from one year to the next.</source>
        <translation>aplikasi memainkan ribuan kemungkinan tahun, dengan gangguan pada waktu dan lama yang acak, untuk menunjukkan seberapa besar kerugian bisa berubah dari satu tahun ke tahun berikutnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation number</source>
        <translation>Nomor simulasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Benih acak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same number gives the same simulated years, so that a result can be repeated and checked.</source>
        <translation>nomor yang sama menghasilkan tahun simulasi yang sama, sehingga hasilnya bisa diulang dan diperiksa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone calls and SMS network</source>
        <translation>Jaringan telepon dan SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSTN and cellular network</source>
        <translation>PSTN dan jaringan seluler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mobile operator&apos;s network for ordinary calls and text messages; it works when the internet apps do not, and fails when the operator does.</source>
        <translation>jaringan operator seluler untuk telepon dan SMS biasa; jaringan ini tetap jalan saat aplikasi internet mati, dan mati saat operatornya bermasalah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready today</source>
        <translation>Siap hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback readiness</source>
        <translation>Kesiapan saluran cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of this activity&apos;s customers you could reach on the channel today. Channels overlap: with 40% on SMS and 60% on calls, the app counts 1 - 0.6 x 0.4 = 76% reached, not 100%, because some customers are on both.</source>
        <translation>porsi pelanggan kegiatan ini yang bisa Anda jangkau di saluran ini hari ini. Saluran saling tumpang tindih: dengan 40% di SMS dan 60% lewat telepon, aplikasi menghitung 1 - 0,6 x 0,4 = 76% terjangkau, bukan 100%, karena sebagian pelanggan ada di keduanya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time to switch</source>
        <translation>Jeda peralihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation delay</source>
        <translation>Jeda aktivasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long after an outage starts the channel is in use: noticing the outage, deciding, and telling customers where to go.</source>
        <translation>berapa lama setelah gangguan dimulai saluran ini mulai dipakai: menyadari gangguan, memutuskan, dan memberi tahu pelanggan harus ke mana.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not expected (frequency 0)</source>
        <translation>tidak diperkirakan terjadi (frekuensi 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {count} times a year</source>
        <translation>sekitar {count} kali setahun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about once a year</source>
        <translation>sekitar sekali setahun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about once every {years} years</source>
        <translation>sekitar sekali setiap {years} tahun</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/welcome_page.py" line="+104"/>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready when WhatsApp goes down</source>
        <translation>Siap menghadapi gangguan WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what an outage of WhatsApp and the apps that fail with it would cost your business, which fallback channels to prepare, and print a continuity plan. Everything stays on this computer.</source>
        <translation>Hitung kerugian usaha Anda saat WhatsApp dan aplikasi yang ikut mati bersamanya mengalami gangguan, tentukan saluran cadangan yang perlu disiapkan, lalu cetak rencana kelangsungan usaha. Semua data tetap di komputer ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore an example</source>
        <translation>Lihat contoh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a finished plan of a real-world kind of business and look around.</source>
        <translation>Buka rencana jadi untuk jenis usaha nyata dan lihat-lihat isinya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example plans</source>
        <translation>Contoh rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open an example.</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka contoh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new plan</source>
        <translation>Mulai rencana baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions an owner can answer (what customers do on WhatsApp, how many a day, what an order is worth); it takes about ten minutes.</source>
        <translation>Jawab beberapa pertanyaan yang bisa dijawab pemilik usaha (apa yang dilakukan pelanggan di WhatsApp, berapa banyak per hari, berapa nilai satu pesanan); hanya butuh sekitar sepuluh menit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent plans (double-click to open):</source>
        <translation>Rencana terbaru (klik dua kali untuk membuka):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent plans</source>
        <translation>Rencana terbaru</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open a plan file…</source>
        <translation>Buka berkas rencana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a plan saved on this computer.</source>
        <translation>Lanjutkan rencana yang tersimpan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>_ActivitiesPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="+356"/>
        <source>What runs on WhatsApp</source>
        <translation>Apa yang berjalan di WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your customers and staff do there, and how much of it.</source>
        <translation>Apa yang dilakukan pelanggan dan karyawan Anda di sana, dan seberapa banyak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what runs on WhatsApp. For each, count chats, orders or bookings on a normal open day (not messages), and how many of them come by WhatsApp, by Instagram and by Facebook (the rest by phone, in person or elsewhere). Leave what you are not sure of: the plan starts from typical values, marked as such.</source>
        <translation>Centang apa saja yang berjalan di WhatsApp. Untuk masing-masing, hitung chat, pesanan, atau reservasi pada hari buka biasa (bukan jumlah pesan), dan berapa banyak yang datang lewat WhatsApp, lewat Instagram, dan lewat Facebook (sisanya lewat telepon, datang langsung, atau cara lain). Biarkan yang tidak Anda ketahui pasti: rencana memakai nilai yang lazim sebagai titik awal, dan menandainya demikian.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many a day (all channels)</source>
        <translation>Kira-kira berapa per hari (semua saluran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By WhatsApp</source>
        <translation>Lewat WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Instagram</source>
        <translation>Lewat Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Facebook</source>
        <translation>Lewat Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one (%1)</source>
        <translation>Nilai per satuan (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answering questions before and after a sale</source>
        <translation>menjawab pertanyaan sebelum dan sesudah penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking orders and closing sales in chats</source>
        <translation>menerima pesanan dan menutup penjualan lewat chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending payment links, confirming payments</source>
        <translation>mengirim tautan pembayaran, mengonfirmasi pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff groups, shifts, daily instructions</source>
        <translation>grup karyawan, jadwal shift, instruksi harian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordering stock, arranging supplies</source>
        <translation>memesan stok, mengatur pasokan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast lists, offers, new products</source>
        <translation>daftar siaran, promo, produk baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings and reminders</source>
        <translation>reservasi dan pengingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers, drop-off times, delivery updates</source>
        <translation>kurir, waktu antar, kabar pengiriman</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: how many a day</source>
        <translation>%1: berapa per hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: share by WhatsApp</source>
        <translation>%1: porsi lewat WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share by Instagram</source>
        <translation>%1: porsi lewat Instagram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: share by Facebook</source>
        <translation>%1: porsi lewat Facebook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical for this kind of activity: %1%. Change it to yours.</source>
        <translation>Umum untuk jenis kegiatan ini: %1%. Ganti dengan angka Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: what one is worth</source>
        <translation>%1: nilai per satuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sale</source>
        <translation>tanpa penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity brings no sale of its own.</source>
        <translation>Kegiatan ini tidak menghasilkan penjualan sendiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>tidak yakin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The money one brings in (an order&apos;s value, a booking&apos;s fee). Not sure: the plan starts from %1 (about %2 hours of work), marked as a default.</source>
        <translation>Uang yang dihasilkan satu satuan (nilai satu pesanan, biaya satu reservasi). Tidak yakin: rencana memakai %1 (sekitar %2 jam kerja), ditandai sebagai nilai bawaan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one thing the business does on WhatsApp.</source>
        <translation>Centang setidaknya satu hal yang dilakukan usaha Anda di WhatsApp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say about how many a day for %1 (a rough count is fine).</source>
        <translation>Isi kira-kira berapa per hari untuk %1 (perkiraan kasar sudah cukup).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For %1, the shares by WhatsApp, Instagram and Facebook add up to more than 100%; lower one of them.</source>
        <translation>Untuk %1, jumlah porsi lewat WhatsApp, Instagram, dan Facebook lebih dari 100%; turunkan salah satunya.</translation>
    </message>
</context>
<context>
    <name>_BearablePage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-74"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of your WhatsApp sales, %1; change it if you can bear more or less.</source>
        <translation>Biaya paling besar dari satu gangguan sebelum usaha mengalami kesulitan. Dari angka ini rencana menghitung gangguan terlama yang sanggup Anda tanggung. Kami mulai dari penjualan WhatsApp Anda selama satu hari, %1; ubah jika Anda sanggup menanggung lebih banyak atau lebih sedikit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of the sales the worst outage would cut off (WhatsApp and the other apps on Meta&apos;s infrastructure), %1; change it if you can bear more or less.</source>
        <translation>Biaya paling besar dari satu gangguan sebelum usaha mengalami kesulitan. Dari angka ini rencana menghitung gangguan terlama yang sanggup Anda tanggung. Kami mulai dari penjualan satu hari yang akan terputus oleh gangguan terburuk (WhatsApp dan aplikasi lain di infrastruktur Meta), %1; ubah jika Anda sanggup menanggung lebih banyak atau lebih sedikit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you can bear</source>
        <translation>Yang sanggup Anda tanggung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss that would put the business in trouble.</source>
        <translation>Kerugian yang akan membuat usaha mengalami kesulitan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest loss you can bear from one outage (%1)</source>
        <translation>Kerugian terbesar yang sanggup Anda tanggung dari satu gangguan (%1)</translation>
    </message>
</context>
<context>
    <name>_BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="-285"/>
        <source>Your business</source>
        <translation>Usaha Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the plan is for, where your customers are and when you are open.</source>
        <translation>Untuk siapa rencana ini, di mana pelanggan Anda berada, dan kapan Anda buka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;name</source>
        <translation>&amp;Nama usaha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The business this plan is for.</source>
        <translation>Usaha yang menjadi subjek rencana ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it does</source>
        <translation>&amp;Jenis usaha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main &amp;country</source>
        <translation>Negara &amp;utama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where most of your customers are. Type to search.</source>
        <translation>Tempat sebagian besar pelanggan Anda berada. Ketik untuk mencari.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second c&amp;ountry</source>
        <translation>Negara &amp;kedua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country where many of your customers are, and its share.</source>
        <translation>Negara lain tempat banyak pelanggan Anda berada, beserta porsinya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every amount in the plan uses it.</source>
        <translation>Semua jumlah uang dalam rencana memakai mata uang ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;from</source>
        <translation>Buka &amp;dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers can reach you; change it later for each day.</source>
        <translation>Kapan pelanggan bisa menghubungi Anda; nanti bisa diubah untuk setiap hari.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>Buka pada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The days you are open.</source>
        <translation>Hari-hari Anda buka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>Jumlah ka&amp;ryawan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who work in the business, you included.</source>
        <translation>Orang yang bekerja di usaha ini, termasuk Anda.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>In a few words. The app uses it to pick how customers of such a business usually behave.</source>
        <translation>Dalam beberapa kata. Aplikasi memakainya untuk memilih perilaku biasa pelanggan usaha seperti itu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One &amp;hour of work costs</source>
        <translation>&amp;Biaya satu jam kerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an hour of one person&apos;s work costs you, in the plan&apos;s currency. It prices the time lost when staff cannot coordinate.</source>
        <translation>Biaya satu jam kerja satu orang bagi Anda, dalam mata uang rencana. Angka ini dipakai untuk menghitung nilai waktu yang hilang saat karyawan tidak bisa berkoordinasi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>Tutup pukul</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also</source>
        <translation>Juga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country</source>
        <translation>Negara kedua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the second country</source>
        <translation>Porsi negara kedua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>mis. Toko Roti Al-Zaytouna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>mis. toko roti, klinik, toko online</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the business a name.</source>
        <translation>Beri nama usaha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the main country from the list.</source>
        <translation>Pilih negara utama dari daftar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a second country other than the main one.</source>
        <translation>Pilih negara kedua yang berbeda dari negara utama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one day you are open.</source>
        <translation>Centang setidaknya satu hari Anda buka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time must come after the opening time.</source>
        <translation>Jam tutup harus setelah jam buka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what one hour of work costs you (an estimate is fine).</source>
        <translation>Isi biaya satu jam kerja bagi Anda (perkiraan saja sudah cukup).</translation>
    </message>
</context>
<context>
    <name>_CustomersPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-134"/>
        <source>When WhatsApp stops</source>
        <translation>Saat WhatsApp berhenti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your customers would do, as far as you know. &quot;I don&apos;t know&quot; keeps the published figures.</source>
        <translation>Apa yang akan dilakukan pelanggan Anda, sejauh yang Anda ketahui. “Saya tidak tahu” memakai angka yang sudah diterbitkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you do not answer, how long do most customers &amp;wait before they go elsewhere?</source>
        <translation>Jika Anda tidak membalas, berapa lama sebagian besar pelanggan &amp;menunggu sebelum pergi ke tempat lain?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know (use the published figures)</source>
        <translation>Saya tidak tahu (pakai angka yang diterbitkan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than an hour</source>
        <translation>Kurang dari satu jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A couple of hours</source>
        <translation>Satu atau dua jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest of the day</source>
        <translation>Sisa hari itu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the next day</source>
        <translation>Sampai besok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many of your customers could reach you today another way? Count only those who already have the number, address or account.</source>
        <translation>Berapa banyak pelanggan Anda yang hari ini bisa menghubungi Anda dengan cara lain? Hitung hanya yang sudah punya nomor, alamat, atau akunnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few (about 1 in 10)</source>
        <translation>Sedikit (sekitar 1 dari 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 1 in 4</source>
        <translation>Sekitar 1 dari 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About half</source>
        <translation>Sekitar separuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most</source>
        <translation>Sebagian besar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of each sale, how much do you &amp;keep after paying for the goods? (optional)</source>
        <translation>Dari setiap penjualan, berapa yang &amp;tersisa untuk Anda setelah membayar barangnya? (opsional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>tidak yakin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your gross margin. If you give it, losses are counted as lost profit; if not, as lost sales.</source>
        <translation>Margin kotor Anda. Jika diisi, kerugian dihitung sebagai laba yang hilang; jika tidak, sebagai penjualan yang hilang.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+21"/>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>tampilkan pesan bantuan ini, lalu keluar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="-10"/>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi program, lalu keluar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="-4"/>
        <source>usage:</source>
        <translation>penggunaan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: kesalahan: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh dipakai bersama argumen %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>perlu satu argumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>paling banyak satu argumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>perlu setidaknya satu argumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
