namespace Sakip.Reports.Lkjip;

/// <summary>Texts the LKjIP uses when the unit has not written its own.</summary>
static class DefaultTexts
{
    /// <summary>The national regulations every LKjIP rests on (PermenPAN-RB 53/2014 and the laws it implements).</summary>
    public static readonly IReadOnlyList<string> LegalBasis =
    [
        "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme;",
        "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara;",
        "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
        "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah;",
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah;",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah.",
    ];

    public static IEnumerable<string> Foreword(string unit, int year) =>
    [
        $"Laporan Kinerja Instansi Pemerintah (LKjIP) {unit} Tahun {year} disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta pencapaian sasaran strategis yang telah ditetapkan dalam Rencana Strategis dan Perjanjian Kinerja Tahun {year}, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
        "Laporan ini menyajikan perbandingan target dan realisasi kinerja, perbandingan dengan tahun-tahun sebelumnya dan dengan target akhir Renstra, analisis efisiensi penggunaan sumber daya, serta realisasi anggaran. Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun berikutnya.",
    ];

    public static IEnumerable<string> Layout =>
    [
        "Bab I Pendahuluan: latar belakang, dasar hukum, tugas dan fungsi, struktur organisasi, sumber daya, dan isu strategis.",
        "Bab II Perencanaan Kinerja: Rencana Strategis, Indikator Kinerja Utama, Perjanjian Kinerja, serta program dan anggaran.",
        "Bab III Akuntabilitas Kinerja: capaian kinerja organisasi, analisis capaian per sasaran, efisiensi, dan realisasi anggaran.",
        "Bab IV Penutup: kesimpulan dan langkah perbaikan ke depan.",
        "Lampiran: Perjanjian Kinerja.",
    ];
}
