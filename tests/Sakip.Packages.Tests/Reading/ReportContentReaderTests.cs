using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Reporting;
using Sakip.Packages.Tests.Builders;

namespace Sakip.Packages.Tests.Reading;

/// <summary>
/// The files and columns the reports read (issue #8): pk, pk_program, narasi, pegawai, sarana, pembanding, and the
/// optional columns of realisasi and anggaran. Each on <see cref="PackageFolder.Minimal"/>: units PEMDA and OPD, tujuan
/// T1 with sasaran S1, indicator IKU1.
/// </summary>
public sealed class ReportContentReaderTests
{
    private const string Agreements =
        "instansi,tahun,versi,pihak_pertama,nip_pihak_pertama,jabatan_pihak_pertama,status_pihak_pertama,pihak_kedua,nip_pihak_kedua,jabatan_pihak_kedua,status_pihak_kedua,tanggal,tempat";
    private const string Programs = "instansi,tahun,uraian,pagu,anggaran";
    private const string Narratives = "instansi,tahun,bagian,rencana,teks";
    private const string Staff = "instansi,tahun,jabatan,golongan,pendidikan,jenis_kelamin,jumlah";
    private const string Facilities = "instansi,tahun,jenis,jumlah,satuan,kondisi,keterangan";
    private const string Comparisons = "indikator,tahun,nilai,sumber";
    private const string Realisations = "indikator,tahun,periode,nilai,faktor_pendukung,faktor_penghambat,solusi,status";
    private const string Budget = "kode,instansi,tahun,level,uraian,pagu,realisasi,realisasi_tw1,realisasi_tw2,realisasi_tw3,realisasi_tw4";
    private const string Signed = "OPD,2021,,Budi Santoso,19700101 199003 1 001,Sekretaris Daerah,,Ali Rahman,,Gubernur,,2021-01-04,";

    [Fact]
    public void Read_gives_the_agreement_with_its_parties_the_nip_without_spaces_and_version_1_by_default()
    {
        using var package = PackageFolder.Minimal().With("pk.csv", Agreements,
            "OPD,2021,,Budi Santoso,19700101 199003 1 001,Sekretaris Daerah,plt,\"Dr. Ali Rahman, M.Si.\",,Gubernur Kalimantan Timur,,2021-01-04,Samarinda",
            "OPD,2022,3,Budi Santoso,197001011990031001,Sekretaris Daerah,PLH,Ali Rahman,,Gubernur,definitif,,");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Agreements.ShouldBe([
            new Agreement("OPD", 2021,
                new Party("Budi Santoso", "197001011990031001", "Sekretaris Daerah", ActingKind.Plt),
                new Party("Dr. Ali Rahman, M.Si.", null, "Gubernur Kalimantan Timur"),
                new DateOnly(2021, 1, 4), "Samarinda") { Origin = new("pk.csv", 2) },
            new Agreement("OPD", 2022,
                new Party("Budi Santoso", "197001011990031001", "Sekretaris Daerah", ActingKind.Plh),
                new Party("Ali Rahman", null, "Gubernur"),
                Version: 3) { Origin = new("pk.csv", 3) },
        ]);
    }

    [Fact]
    public void Read_gives_programs_narratives_staff_facilities_and_comparison_values()
    {
        using var package = PackageFolder.Minimal()
            .With("anggaran.csv", "kode,instansi,tahun,level,uraian,pagu", "P1,OPD,2021,program,Program Kesejahteraan Rakyat,42801621900")
            .With("pk.csv", Agreements, Signed)
            .With("pk_program.csv", Programs, "OPD,2021,Program Kesejahteraan Rakyat,42801621900,P1", "OPD,2021,Program Penunjang,1500.50,")
            .With("narasi.csv", Narratives, "OPD,2021,latar_belakang,,\"Paragraf satu.\nParagraf dua.\"", "OPD,2021,analisis_sasaran,S1,Capaian sasaran baik.")
            .With("pegawai.csv", Staff, "OPD,2021,Kepala Biro,IV,,,9", "OPD,2021,Kepala Biro,,,P,3", "OPD,2021,,,,,0")
            .With("sarana.csv", Facilities, "OPD,2021,Tanah,3370,m²,Baik,", "OPD,2021,Telepon,4,Line,,\"(1 Internet, Telepon dan Fax)\"")
            .With("pembanding.csv", Comparisons, "IKU1,2021,75.5,Rata-rata nasional", "IKU1,2021,80,Provinsi Kalimantan Selatan");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        data.AgreementPrograms.ShouldBe([
            new AgreementProgram("OPD", 2021, "Program Kesejahteraan Rakyat", 42801621900m, "P1") { Origin = new("pk_program.csv", 2) },
            new AgreementProgram("OPD", 2021, "Program Penunjang", 1500.50m) { Origin = new("pk_program.csv", 3) },
        ]);
        data.Narratives.ShouldBe([
            new Narrative("OPD", 2021, NarrativeSection.Background, "Paragraf satu.\nParagraf dua.") { Origin = new("narasi.csv", 2) },
            new Narrative("OPD", 2021, NarrativeSection.ObjectiveAnalysis, "Capaian sasaran baik.", "S1") { Origin = new("narasi.csv", 4) },
        ]);
        data.Staff.ShouldBe([
            new StaffCount("OPD", 2021, 9, "Kepala Biro", Rank: "IV") { Origin = new("pegawai.csv", 2) },
            new StaffCount("OPD", 2021, 3, "Kepala Biro", Gender: Gender.Female) { Origin = new("pegawai.csv", 3) },
            new StaffCount("OPD", 2021, 0) { Origin = new("pegawai.csv", 4) },
        ]);
        data.Facilities.ShouldBe([
            new Facility("OPD", 2021, "Tanah", 3370m, "m²", "Baik") { Origin = new("sarana.csv", 2) },
            new Facility("OPD", 2021, "Telepon", 4m, "Line", Note: "(1 Internet, Telepon dan Fax)") { Origin = new("sarana.csv", 3) },
        ]);
        data.Comparisons.ShouldBe([
            new ComparisonValue("IKU1", 2021, 75.5m, "Rata-rata nasional") { Origin = new("pembanding.csv", 2) },
            new ComparisonValue("IKU1", 2021, 80m, "Provinsi Kalimantan Selatan") { Origin = new("pembanding.csv", 3) },
        ]);
    }

    [Fact]
    public void Read_gives_the_analysis_and_status_of_a_realisation_and_no_analysis_when_its_columns_are_empty()
    {
        using var package = PackageFolder.Minimal().With("realisasi.csv", Realisations,
            "IKU1,2021,tw1,20,Dukungan pimpinan,,,diajukan",
            "IKU1,2021,tw2,40,,Anggaran terlambat,Percepatan lelang,",
            "IKU1,2021,tahunan,88,,,,Disetujui",
            "IKU1,2020,tahunan,70, , ,,");

        var realisations = package.Read().Data!.Realisations;

        realisations.Select(r => (r.Analysis, r.Status)).ShouldBe([
            (new RealisationAnalysis("Dukungan pimpinan", null, null), ApprovalStatus.Submitted),
            (new RealisationAnalysis(null, "Anggaran terlambat", "Percepatan lelang"), null),
            (null, ApprovalStatus.Approved),
            (null, null),
        ]);
    }

    [Fact]
    public void Read_gives_the_quarters_of_a_budget_line_and_none_when_no_quarter_is_written()
    {
        using var package = PackageFolder.Minimal().With("anggaran.csv", Budget,
            "P1,OPD,2021,program,Program A,1000,900,100,200,,600",
            "P2,OPD,2021,program,Program B,1000,900,,,,",
            "P3,OPD,2021,program,Program C,1000,,0,-,NA,");

        var lines = package.Read().Data!.BudgetLines;

        lines.Select(l => l.Quarters).ShouldBe([
            new QuarterAmounts(100m, 200m, null, 600m),
            null,
            new QuarterAmounts(0m, null, null, null),
        ]);
    }

    public static TheoryData<string, string[], string[]> Errors => new()
    {
        { "pk.csv", [Agreements, "OPD,2021,,,,Sekretaris Daerah,,Ali Rahman,,Gubernur,,,"], ["pk.csv:2:pihak_pertama: wajib diisi"] },
        { "pk.csv", [Agreements, "OPD,2021,,Budi,,Sekretaris Daerah,,Ali Rahman,,,,,"], ["pk.csv:2:jabatan_pihak_kedua: wajib diisi"] },
        {
            "pk.csv", [Agreements, "OPD,2021,,Budi,1970 0101,Sekretaris Daerah,,Ali Rahman,,Gubernur,,,"],
            ["pk.csv:2:nip_pihak_pertama: NIP pihak pertama harus 18 angka (tertulis 8 angka), contoh: 19700101 199003 1 001."]
        },
        {
            "pk.csv", [Agreements, "OPD,2021,,Budi,,Sekretaris Daerah,,Ali Rahman,19700101 199003 3 001,Gubernur,,,"],
            ["pk.csv:2:nip_pihak_kedua: NIP pihak kedua tidak valid: angka ke-15 (jenis kelamin) harus 1 atau 2."]
        },
        {
            "pk.csv", [Agreements, "OPD,2021,,Budi,,Sekretaris Daerah,pj,Ali Rahman,,Gubernur,,,"],
            ["pk.csv:2:status_pihak_pertama: nilai \"pj\" tidak dikenal; gunakan salah satu: definitif, plt, plh"]
        },
        {
            "pk.csv", [Agreements, "OPD,2021,,Budi,,Sekretaris Daerah,,Ali Rahman,,Gubernur,,04/01/2021,"],
            ["pk.csv:2:tanggal: tanggal \"04/01/2021\" tidak dapat dibaca; tulis tahun-bulan-tanggal, mis. 2021-02-28"]
        },
        {
            "pk.csv", [Agreements, "OPD,2021,,Budi,,Sekretaris Daerah,,Ali Rahman,,Gubernur,,2019-05-01,"],
            ["pk.csv:2:tanggal: Tanggal penandatanganan 01-05-2019 terlalu jauh dari tahun PK 2021: PK ditandatangani pada tahun 2021 atau Desember 2020."]
        },
        { "pk.csv", [Agreements, "OPD,2021,0,Budi,,Sekretaris Daerah,,Ali Rahman,,Gubernur,,,"], ["pk.csv:2:versi: Versi PK harus 1 atau lebih."] },
        { "pk.csv", [Agreements, Signed, Signed], ["pk.csv:3:versi: PK OPD tahun 2021 versi 1 ganda (sudah ada di baris 2)"] },
        { "pk.csv", [Agreements, "XYZ" + Signed[3..]], ["pk.csv:2:instansi: instansi \"XYZ\" tidak ditemukan"] },
        {
            "pk.csv", [Agreements, Signed, "OPD,2021,2" + Signed[9..]],
            ["pk.csv:3:versi: PK OPD tahun 2021 sudah ada di baris 2 (versi 1); paket data memuat satu PK per instansi dan tahun, yaitu versi yang berlaku"]
        },
        {
            "pk.csv", [Agreements, "OPD,2021,2" + Signed[9..], Signed],
            ["pk.csv:3:versi: PK OPD tahun 2021 sudah ada di baris 2 (versi 2); paket data memuat satu PK per instansi dan tahun, yaitu versi yang berlaku"]
        },
        {
            "narasi.csv", [Narratives, "OPD,2021,analisis_sasaran,,Teks"],
            ["narasi.csv:2:rencana: Rencana (kode sasaran) wajib diisi untuk bagian analisis_sasaran."]
        },
        {
            "narasi.csv", [Narratives, "OPD,2021,latar_belakang,S1,Teks"],
            ["narasi.csv:2:rencana: Rencana hanya diisi untuk bagian analisis_sasaran, bukan latar_belakang."]
        },
        { "narasi.csv", [Narratives, "OPD,2021,analisis_sasaran,T1,Teks"], ["narasi.csv:2:rencana: analisis_sasaran harus menunjuk sasaran, bukan tujuan \"T1\""] },
        { "narasi.csv", [Narratives, "OPD,2021,analisis_sasaran,S9,Teks"], ["narasi.csv:2:rencana: rencana \"S9\" tidak ditemukan"] },
        {
            "narasi.csv", [Narratives, "OPD,2021,bab_v,,Teks"],
            ["narasi.csv:2:bagian: nilai \"bab_v\" tidak dikenal; gunakan salah satu: kata_pengantar, latar_belakang, dasar_hukum, tugas_fungsi, isu_strategis, analisis_sasaran, penutup"]
        },
        { "narasi.csv", [Narratives, "OPD,2021,penutup,,"], ["narasi.csv:2:teks: wajib diisi"] },
        {
            "narasi.csv", [Narratives, $"OPD,2021,penutup,,{new string('n', 20001)}"],
            ["narasi.csv:2:teks: Narasi paling banyak 20000 karakter (tertulis 20001 karakter)."]
        },
        { "narasi.csv", [Narratives, "OPD,2021,penutup,,Satu", "OPD,2021,penutup,,Dua"], ["narasi.csv:3:bagian: narasi OPD tahun 2021 bagian penutup ganda (sudah ada di baris 2)"] },
        {
            "narasi.csv", [Narratives, "OPD,2021,analisis_sasaran,S1,Satu", "OPD,2021,analisis_sasaran,S1,Dua"],
            ["narasi.csv:3:bagian: narasi OPD tahun 2021 bagian analisis_sasaran rencana S1 ganda (sudah ada di baris 2)"]
        },
        { "pegawai.csv", [Staff, "OPD,2021,Kepala Biro,,,,2.5"], ["pegawai.csv:2:jumlah: tidak dapat dibaca sebagai bilangan bulat: \"2.5\""] },
        { "pegawai.csv", [Staff, "OPD,2021,Kepala Biro,,,,-1"], ["pegawai.csv:2:jumlah: Jumlah pegawai tidak boleh negatif."] },
        { "pegawai.csv", [Staff, "OPD,2021,Kepala Biro,,,,"], ["pegawai.csv:2:jumlah: wajib diisi"] },
        { "pegawai.csv", [Staff, "OPD,2021,Kepala Biro,,,X,1"], ["pegawai.csv:2:jenis_kelamin: nilai \"X\" tidak dikenal; gunakan salah satu: L, P"] },
        {
            "pegawai.csv", [Staff, "OPD,2021,Kepala Biro,,,L,6", "OPD,2021,Kepala Biro,,,l,3"],
            ["pegawai.csv:3:jumlah: kelompok pegawai OPD tahun 2021 (jabatan Kepala Biro, jenis kelamin L) ganda (sudah ada di baris 2)"]
        },
        { "pegawai.csv", [Staff, "XYZ,2021,,,,,5"], ["pegawai.csv:2:instansi: instansi \"XYZ\" tidak ditemukan"] },
        { "sarana.csv", [Facilities, "OPD,2021,Komputer,-1,Unit,,"], ["sarana.csv:2:jumlah: Jumlah sarana tidak boleh negatif."] },
        { "sarana.csv", [Facilities, "OPD,2021,Komputer,,Unit,,"], ["sarana.csv:2:jumlah: wajib diisi"] },
        { "sarana.csv", [Facilities, "OPD,2021,,3,Unit,,"], ["sarana.csv:2:jenis: wajib diisi"] },
        { "sarana.csv", [Facilities, "OPD,20211,Komputer,3,Unit,,"], ["sarana.csv:2:tahun: tahun harus empat angka antara 1900 dan 2100: \"20211\""] },
        { "pembanding.csv", [Comparisons, "IKU9,2021,70,Nasional"], ["pembanding.csv:2:indikator: indikator \"IKU9\" tidak ditemukan"] },
        { "pembanding.csv", [Comparisons, "IKU1,2021,NA,Nasional"], ["pembanding.csv:2:nilai: wajib diisi"] },
        { "pembanding.csv", [Comparisons, "IKU1,2021,70,"], ["pembanding.csv:2:sumber: wajib diisi"] },
        {
            "pembanding.csv", [Comparisons, "IKU1,2021,70,Nasional", "IKU1,2021,71,Nasional"],
            ["pembanding.csv:3:sumber: pembanding IKU1 tahun 2021 sumber \"Nasional\" ganda (sudah ada di baris 2)"]
        },
        {
            "realisasi.csv", [Realisations, "IKU1,2021,tahunan,88,,,,final"],
            ["realisasi.csv:2:status: nilai \"final\" tidak dikenal; gunakan salah satu: draf, diajukan, disetujui, dikembalikan"]
        },
        {
            "realisasi.csv", [Realisations, $"IKU1,2021,tahunan,88,{new string('f', 4001)},,,"],
            ["realisasi.csv:2:faktor_pendukung: Faktor pendukung paling banyak 4000 karakter (tertulis 4001 karakter)."]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,Program A,1000,500,300,300,,"],
            ["anggaran.csv:2:realisasi_tw2: Jumlah realisasi triwulan I–IV (600) melebihi realisasi anggaran setahun (500); setiap triwulan diisi realisasi triwulan itu saja, bukan kumulatif."]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,Program A,1000,500,100,-50,,"],
            ["anggaran.csv:2:realisasi_tw2: Realisasi anggaran triwulan II tidak boleh negatif."]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,Program A,1000,500,,,,0.001"],
            ["anggaran.csv:2:realisasi_tw4: Realisasi anggaran triwulan IV paling banyak 2 angka di belakang koma."]
        },
    };

    /// <summary>pk_program.csv rows read with the PK of OPD 2021 and budget lines P1 (OPD 2021) and P2 (OPD 2022).</summary>
    public static TheoryData<string[], string[]> ProgramErrors => new()
    {
        { ["OPD,2021,Program A,-,"], ["pk_program.csv:2:pagu: wajib diisi"] },
        { ["OPD,2021,Program A,-5,"], ["pk_program.csv:2:pagu: Anggaran program tidak boleh negatif."] },
        { ["OPD,2021,Program A,1000.125,"], ["pk_program.csv:2:pagu: Anggaran program paling banyak 2 angka di belakang koma."] },
        { ["OPD,2021,Program A,1000,P9"], ["pk_program.csv:2:anggaran: kode anggaran \"P9\" tidak ditemukan"] },
        { ["OPD,2021,Program A,1000,", "OPD,2021,Program A,2000,"], ["pk_program.csv:3:uraian: program \"Program A\" pada PK OPD tahun 2021 ganda (sudah ada di baris 2)"] },
        { ["OPD,2021,Program A,1000,", "OPD,2022,Program B,2000,P2"], ["pk_program.csv:3:tahun: tidak ada perjanjian kinerja OPD tahun 2022 di pk.csv"] },
        {
            ["OPD,2021,Program A,1000,P2"],
            ["pk_program.csv:2:anggaran: kode anggaran \"P2\" tidak ada pada anggaran tahun 2021 milik OPD atau instansi di bawahnya"]
        },
    };

    [Theory, MemberData(nameof(ProgramErrors))]
    public void Read_refuses_a_pk_program_row_at_its_line_and_column(string[] rows, string[] expected)
    {
        using var package = PackageFolder.Minimal()
            .With("anggaran.csv", "kode,instansi,tahun,level,uraian,pagu", "P1,OPD,2021,program,Program A,1000", "P2,OPD,2022,program,Program B,1000")
            .With("pk.csv", Agreements, Signed)
            .With("pk_program.csv", [Programs, .. rows]);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_accepts_a_pk_program_naming_the_budget_line_of_a_unit_below_the_pk_unit()
    {
        using var package = PackageFolder.Minimal()
            .With("anggaran.csv", "kode,instansi,tahun,level,uraian,pagu", "P1,OPD,2021,program,Program A,1000")
            .With("pk.csv", Agreements, "PEMDA" + Signed[3..])
            .With("pk_program.csv", Programs, "PEMDA,2021,Program A,1000,P1");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
    }

    [Fact]
    public void Read_reports_a_program_of_a_pk_rejected_for_its_own_error_only_once()
    {
        using var package = PackageFolder.Minimal()
            .With("pk.csv", Agreements, "OPD,2021,,Budi,1970 0101,Sekretaris Daerah,,Ali Rahman,,Gubernur,,,")
            .With("pk_program.csv", Programs, "OPD,2021,Program A,1000,");

        var result = package.Read();

        result.Messages().ShouldHaveSingleItem().ShouldStartWith("pk.csv:2:nip_pihak_pertama:");
    }

    [Theory, MemberData(nameof(Errors))]
    public void Read_refuses_a_package_with_a_bad_row_at_its_file_line_and_column(string file, string[] lines, string[] expected)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_warns_about_a_signing_date_just_outside_the_year_and_keeps_the_agreement()
    {
        using var package = PackageFolder.Minimal().With("pk.csv", Agreements, "OPD,2021,,Budi,,Sekretaris Daerah,,Ali Rahman,,Gubernur,,2022-03-01,");

        var result = package.Read();

        result.Messages().ShouldBe([
            "peringatan: pk.csv:2:tanggal: Tanggal penandatanganan 01-03-2022 di luar tahun PK 2021 (biasanya tahun 2021 atau Desember 2020); pastikan sudah benar.",
        ]);
        result.Data!.Agreements.Single().SignedOn.ShouldBe(new DateOnly(2022, 3, 1));
    }

    [Fact]
    public void Read_accepts_quarters_that_add_up_to_the_year_or_less_and_quarters_without_a_yearly_realisasi()
    {
        using var package = PackageFolder.Minimal().With("anggaran.csv", Budget,
            "P1,OPD,2021,program,Program A,1000,600,100,200,300,0",
            "P2,OPD,2021,program,Program B,1000,,100,200,300,400");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.BudgetLines.Count.ShouldBe(2);
    }

    [Fact]
    public void Read_reports_a_program_of_a_budget_line_rejected_for_its_own_error_only_once()
    {
        using var package = PackageFolder.Minimal()
            .With("anggaran.csv", "kode,instansi,tahun,level,uraian,pagu", "P1,OPD,2021,program,Program A,abc")
            .With("pk.csv", Agreements, Signed)
            .With("pk_program.csv", Programs, "OPD,2021,Program A,1000,P1");

        var result = package.Read();

        result.Messages().ShouldHaveSingleItem().ShouldStartWith("anggaran.csv:2:pagu:");
    }
}
