using Sakip.Core.Evaluation;
using Sakip.Packages.Tests.Builders;

namespace Sakip.Packages.Tests.Reading;

/// <summary>
/// The evaluation files (issue #9): lke, skm, skm_jawaban, penilaian, kelompok and rekap_indikator, each on
/// <see cref="PackageFolder.Minimal"/> (units PEMDA and OPD, indicator IKU1).
/// </summary>
public sealed class EvaluationWorkReaderTests
{
    private const string Lke = "instansi,tahun,templat,kriteria,nilai_usulan,nilai_penetapan,catatan";
    private const string Skm = "instansi,tahun,layanan,responden,u1,u2,u3,u4,u5,u6,u7,u8,u9";
    private const string SkmAnswers = "instansi,tahun,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9";
    private const string Assessments = "instansi,tahun,jenis,nilai,predikat,sumber";
    private const string Groups = "kelompok,nama,instansi";
    private const string Recaps = "indikator,sumber,ukuran,predikat_minimal,batas,jenis,kelompok";
    private const string Template = "permenpanrb_88_2021";

    [Fact]
    public void Read_gives_every_evaluation_list_with_answers_in_capitals_and_groups_joined()
    {
        using var package = PackageFolder.Minimal()
            .With("lke.csv", Lke, $"OPD,2021,{Template},1.1.1,y,t,Dokumen ada", $"OPD,2021,{Template},1.2.1,b, ,", $"PEMDA,2021,{Template},1.1.1,,A,")
            .With("skm.csv", Skm, "OPD,2021,Perizinan,120,3.25,3.1,3,3.5,3.2,3.4,3.3,3.1,3.6", "OPD,2021,Pengaduan,,3,3,3,3,3,3,3,3,3")
            .With("skm_jawaban.csv", SkmAnswers, "OPD,2021,Layanan informasi,4,3,3,4,4,3,3,4,4", "OPD,2021,Layanan informasi,3,3,2,4,4,3,3,4,1")
            .With("penilaian.csv", Assessments, "OPD,2021,indeks_kelembagaan,78.5,Level 3,KemenPAN-RB", "OPD,2021,maturitas_spip,,Terdefinisi,")
            .With("kelompok.csv", Groups, "UTAMA,Kluster utama,OPD", "UTAMA,Kluster utama,PEMDA")
            .With("rekap_indikator.csv", Recaps, "IKU1,sakip,persen,BB,,,UTAMA");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        data.LkeAnswers.ShouldBe([
            new LkeAnswerRecord("OPD", 2021, Template, "1.1.1", "Y", "T", "Dokumen ada") { Origin = new("lke.csv", 2) },
            new LkeAnswerRecord("OPD", 2021, Template, "1.2.1", "B", null, null) { Origin = new("lke.csv", 3) },
            new LkeAnswerRecord("PEMDA", 2021, Template, "1.1.1", null, "A", null) { Origin = new("lke.csv", 4) },
        ]);
        data.SkmResults.ShouldBe([
            new SkmResult("OPD", 2021, "Perizinan", [3.25m, 3.1m, 3m, 3.5m, 3.2m, 3.4m, 3.3m, 3.1m, 3.6m], 120) { Origin = new("skm.csv", 2) },
            new SkmResult("OPD", 2021, "Pengaduan", [3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m], null) { Origin = new("skm.csv", 3) },
        ]);
        data.SkmResponses.ShouldBe([
            new SkmResponse("OPD", 2021, "Layanan informasi", [4, 3, 3, 4, 4, 3, 3, 4, 4]) { Origin = new("skm_jawaban.csv", 2) },
            new SkmResponse("OPD", 2021, "Layanan informasi", [3, 3, 2, 4, 4, 3, 3, 4, 1]) { Origin = new("skm_jawaban.csv", 3) },
        ]);
        data.Assessments.ShouldBe([
            new Assessment("OPD", 2021, "indeks_kelembagaan", 78.5m, "Level 3", "KemenPAN-RB") { Origin = new("penilaian.csv", 2) },
            new Assessment("OPD", 2021, "maturitas_spip", null, "Terdefinisi", null) { Origin = new("penilaian.csv", 3) },
        ]);
        data.UnitGroups.ShouldBe([new UnitGroup("UTAMA", "Kluster utama", ["OPD", "PEMDA"]) { Origin = new("kelompok.csv", 2) }]);
        data.RecapIndicators.ShouldBe([
            new RecapIndicator("IKU1", RecapSource.SakipGrade, RecapMeasure.Percent, "BB", null, null, "UTAMA") { Origin = new("rekap_indikator.csv", 2) },
        ]);
    }

    [Fact]
    public void Read_accepts_ikm_and_assessment_recaps_with_their_threshold_and_a_custom_assessment_code()
    {
        using var package = PackageFolder.Minimal()
            .With("indikator.csv", "kode,rencana,uraian", "IKU1,S1,Indeks kinerja", "IKU2,S1,Persentase layanan IKM > 80", "IKU3,S1,Jumlah PD SPIP level 3")
            .With("penilaian.csv", Assessments, "OPD,2022,survei_integritas,72.1,,KPK")
            .With("rekap_indikator.csv", Recaps, "IKU2,ikm,persen,,80,,", "IKU3,penilaian,jumlah,,2.99,maturitas_spip,");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.RecapIndicators.Select(r => (r.Source, r.Measure, r.Threshold, r.Kind)).ShouldBe([
            (RecapSource.Ikm, RecapMeasure.Percent, 80m, (string?)null),
            (RecapSource.Assessment, RecapMeasure.Count, 2.99m, "maturitas_spip"),
        ]);
    }

    [Fact]
    public void Read_warns_when_given_means_differ_from_the_responses_of_the_same_service()
    {
        using var package = PackageFolder.Minimal()
            .With("skm.csv", Skm, "OPD,2021,Perizinan,3,3.5,3,3.33,4,4,3,3,4,2.67", "OPD,2021,Pengaduan,2,3.5,3,3,4,4,3,3,4,2.5")
            .With("skm_jawaban.csv", SkmAnswers,
                "OPD,2021,Perizinan,4,3,4,4,4,3,3,4,3", "OPD,2021,Perizinan,3,3,3,4,4,3,3,4,2", "OPD,2021,Perizinan,4,3,3,4,4,3,3,4,3",
                "OPD,2021,Pengaduan,4,3,3,4,4,3,3,4,3", "OPD,2021,Pengaduan,3,3,3,4,4,3,3,4,2");

        var result = package.Read();

        result.Messages().ShouldBe([
            "peringatan: skm.csv:2:u1: rata-rata unsur 1 tertulis 3.5 berbeda dengan rata-rata 3 jawaban di skm_jawaban.csv (3.67)",
        ]);
        result.Data.ShouldNotBeNull();
    }

    [Fact]
    public void Read_warns_when_the_respondent_count_differs_from_the_responses()
    {
        using var package = PackageFolder.Minimal()
            .With("skm.csv", Skm, "OPD,2021,Perizinan,30,4,3,3,4,4,3,3,4,3")
            .With("skm_jawaban.csv", SkmAnswers, "OPD,2021,Perizinan,4,3,3,4,4,3,3,4,3");

        var result = package.Read();

        result.Messages().ShouldBe(["peringatan: skm.csv:2:responden: responden tertulis 30, sedangkan skm_jawaban.csv memuat 1 jawaban untuk layanan ini"]);
    }

    public static TheoryData<string, string[], string[]> Errors => new()
    {
        { "lke.csv", [Lke, $"OPD,2021,{Template},1.1.1,X,,"], ["lke.csv:2:nilai_usulan: Jawaban \"X\" tidak dikenal; gunakan Y/T atau A/B/C/D/E."] },
        { "lke.csv", [Lke, $"OPD,2021,{Template},1.1.1,,YA,"], ["lke.csv:2:nilai_penetapan: Jawaban \"YA\" tidak dikenal; gunakan Y/T atau A/B/C/D/E."] },
        {
            "lke.csv", [Lke, $"OPD,2021,{Template},1.1.1,Y,,", $"OPD,2021,{Template},1.1.1,T,,"],
            ["lke.csv:3:kriteria: jawaban LKE OPD tahun 2021 kriteria 1.1.1 ganda (sudah ada di baris 2)"]
        },
        {
            "lke.csv", [Lke, $"OPD,2021,{Template},1.1.1,Y,,", "OPD,2021,permenpanrb_12_2015,1.1.2,Y,,"],
            [$"lke.csv:3:templat: LKE OPD tahun 2021 memakai templat \"{Template}\" (baris 2); satu LKE hanya satu templat"]
        },
        { "lke.csv", [Lke, $"OPD,2021,{Template},,Y,,"], ["lke.csv:2:kriteria: wajib diisi"] },
        { "lke.csv", [Lke, "OPD,2021,,1.1.1,Y,,"], ["lke.csv:2:templat: wajib diisi"] },
        { "lke.csv", [Lke, $"XYZ,2021,{Template},1.1.1,Y,,"], ["lke.csv:2:instansi: instansi \"XYZ\" tidak ditemukan"] },
        { "lke.csv", [Lke, $"OPD,2021,{Template},1.1.1.1.1.1.1.1.1.1.1,Y,,"], ["lke.csv:2:kriteria: Kode kriteria paling banyak 20 karakter (tertulis 21 karakter)."] },
        {
            "lke.csv", [Lke, $"OPD,2021,{Template},1.1.1,Y,,{new string('c', 4001)}"],
            ["lke.csv:2:catatan: Catatan paling banyak 4000 karakter (tertulis 4001 karakter)."]
        },
        { "skm.csv", [Skm, "OPD,2021,Perizinan,,3,3,4.5,3,3,3,3,3,3"], ["skm.csv:2:u3: Nilai rata-rata unsur 3 harus antara 1 dan 4."] },
        { "skm.csv", [Skm, "OPD,2021,Perizinan,,3,3,3,3,3,3,3,3,0.9"], ["skm.csv:2:u9: Nilai rata-rata unsur 9 harus antara 1 dan 4."] },
        { "skm.csv", [Skm, "OPD,2021,Perizinan,,3,3,3,3,3,3,3,3,"], ["skm.csv:2:u9: wajib diisi"] },
        { "skm.csv", [Skm, "OPD,2021,Perizinan,-1,3,3,3,3,3,3,3,3,3"], ["skm.csv:2:responden: Jumlah responden tidak boleh negatif."] },
        { "skm.csv", [Skm, "OPD,2021,,,3,3,3,3,3,3,3,3,3"], ["skm.csv:2:layanan: wajib diisi"] },
        {
            "skm.csv", [Skm, "OPD,2021,Perizinan,,3,3,3,3,3,3,3,3,3", "OPD,2021,Perizinan,,4,3,3,3,3,3,3,3,3"],
            ["skm.csv:3:layanan: SKM OPD tahun 2021 layanan \"Perizinan\" ganda (sudah ada di baris 2)"]
        },
        { "skm.csv", [Skm, $"OPD,2021,{new string('l', 201)},,3,3,3,3,3,3,3,3,3"], ["skm.csv:2:layanan: Nama layanan paling banyak 200 karakter (tertulis 201 karakter)."] },
        { "skm_jawaban.csv", [SkmAnswers, "OPD,2021,Perizinan,5,3,3,3,3,3,3,3,3"], ["skm_jawaban.csv:2:u1: Jawaban unsur 1 harus bilangan bulat 1 sampai 4."] },
        { "skm_jawaban.csv", [SkmAnswers, "OPD,2021,Perizinan,3,0,3,3,3,3,3,3,3"], ["skm_jawaban.csv:2:u2: Jawaban unsur 2 harus bilangan bulat 1 sampai 4."] },
        { "skm_jawaban.csv", [SkmAnswers, "OPD,2021,Perizinan,3,3.5,3,3,3,3,3,3,3"], ["skm_jawaban.csv:2:u2: tidak dapat dibaca sebagai bilangan bulat: \"3.5\""] },
        { "skm_jawaban.csv", [SkmAnswers, "XYZ,2021,Perizinan,3,3,3,3,3,3,3,3,3"], ["skm_jawaban.csv:2:instansi: instansi \"XYZ\" tidak ditemukan"] },
        { "penilaian.csv", [Assessments, "OPD,2021,indeks_rb,,,"], ["penilaian.csv:2:nilai: Isi nilai atau predikat penilaian (salah satu wajib)."] },
        {
            "penilaian.csv", [Assessments, "OPD,2021,Indeks RB,70,,"],
            ["penilaian.csv:2:jenis: Jenis penilaian \"Indeks RB\" harus kode huruf kecil, angka atau garis bawah (mis. indeks_kelembagaan)."]
        },
        {
            "penilaian.csv", [Assessments, "OPD,2021,indeks_rb,70,,", "OPD,2021,indeks_rb,71,,"],
            ["penilaian.csv:3:jenis: penilaian indeks_rb OPD tahun 2021 ganda (sudah ada di baris 2)"]
        },
        { "penilaian.csv", [Assessments, "OPD,2021,indeks_rb,tinggi,,"], ["penilaian.csv:2:nilai: tidak dapat dibaca sebagai angka: \"tinggi\""] },
        { "kelompok.csv", [Groups, "UTAMA,Kluster utama,XYZ"], ["kelompok.csv:2:instansi: instansi \"XYZ\" tidak ditemukan"] },
        {
            "kelompok.csv", [Groups, "UTAMA,Kluster utama,OPD", "UTAMA,Kluster lain,PEMDA"],
            ["kelompok.csv:3:nama: nama kelompok \"UTAMA\" berbeda dengan baris 2 (\"Kluster utama\"); satu kelompok satu nama"]
        },
        {
            "kelompok.csv", [Groups, "UTAMA,Kluster utama,OPD", "UTAMA,Kluster utama,OPD"],
            ["kelompok.csv:3:instansi: anggota \"OPD\" kelompok \"UTAMA\" ganda (sudah ada di baris 2)"]
        },
        { "kelompok.csv", [Groups, $"{new string('K', 41)},Kluster,OPD"], ["kelompok.csv:2:kelompok: Kode kelompok paling banyak 40 karakter (tertulis 41 karakter)."] },
        { "kelompok.csv", [Groups, "UTAMA,,OPD"], ["kelompok.csv:2:nama: wajib diisi"] },
        { "rekap_indikator.csv", [Recaps, "IKU1,sakip,jumlah,,,,"], ["rekap_indikator.csv:2:predikat_minimal: predikat_minimal wajib diisi untuk sumber sakip."] },
        {
            "rekap_indikator.csv", [Recaps, "IKU1,sakip,jumlah,X,,,"],
            ["rekap_indikator.csv:2:predikat_minimal: predikat \"X\" tidak ada pada skala permenpanrb_88_2021; gunakan salah satu: D, C, CC, B, BB, A, AA"]
        },
        { "rekap_indikator.csv", [Recaps, "IKU1,ikm,persen,B,80,,"], ["rekap_indikator.csv:2:predikat_minimal: predikat_minimal tidak dipakai untuk sumber ikm; kosongkan."] },
        { "rekap_indikator.csv", [Recaps, "IKU1,ikm,persen,,,,"], ["rekap_indikator.csv:2:batas: batas wajib diisi untuk sumber ikm."] },
        { "rekap_indikator.csv", [Recaps, "IKU1,penilaian,jumlah,,3,,"], ["rekap_indikator.csv:2:jenis: jenis wajib diisi untuk sumber penilaian."] },
        { "rekap_indikator.csv", [Recaps, "IKU1,sakip,jumlah,B,,,K9"], ["rekap_indikator.csv:2:kelompok: kelompok \"K9\" tidak ditemukan"] },
        { "rekap_indikator.csv", [Recaps, "IKU9,sakip,jumlah,B,,,"], ["rekap_indikator.csv:2:indikator: indikator \"IKU9\" tidak ditemukan"] },
        {
            "rekap_indikator.csv", [Recaps, "IKU1,lain,jumlah,B,,,"],
            ["rekap_indikator.csv:2:sumber: nilai \"lain\" tidak dikenal; gunakan salah satu: sakip, ikm, penilaian"]
        },
        {
            "rekap_indikator.csv", [Recaps, "IKU1,sakip,rata,B,,,"],
            ["rekap_indikator.csv:2:ukuran: nilai \"rata\" tidak dikenal; gunakan salah satu: jumlah, persen"]
        },
        {
            "rekap_indikator.csv", [Recaps, "IKU1,sakip,jumlah,B,,,", "IKU1,sakip,persen,B,,,"],
            ["rekap_indikator.csv:3:indikator: rekap indikator \"IKU1\" ganda (sudah ada di baris 2)"]
        },
    };

    [Theory, MemberData(nameof(Errors))]
    public void Read_refuses_a_package_with_a_bad_row_at_its_file_line_and_column(string file, string[] lines, string[] expected)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void A_responses_only_service_needs_no_skm_row()
    {
        using var package = PackageFolder.Minimal().With("skm_jawaban.csv", SkmAnswers, "OPD,2021,Perizinan,4,3,3,4,4,3,3,4,3");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.SkmResults.ShouldBeEmpty();
        result.Data.SkmResponses.Count.ShouldBe(1);
    }
}
