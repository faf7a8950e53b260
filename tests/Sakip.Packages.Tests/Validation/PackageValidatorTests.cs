using Sakip.Packages.Tests.Builders;

namespace Sakip.Packages.Tests.Validation;

/// <summary>Checks across files, through <see cref="PackageReader.Read(string)"/> on the minimal package with one file replaced.</summary>
public sealed class PackageValidatorTests
{
    private const string Budget = "kode,instansi,tahun,level,induk,uraian,rencana,indikator,pagu";

    public static TheoryData<string, string[], string[]> UnknownReferences => new()
    {
        {
            "indikator.csv", ["kode,rencana,uraian", "IKU1,S1,Indeks kinerja", "IKU2,S9,Indeks layanan"],
            ["indikator.csv:3:rencana: rencana \"S9\" tidak ditemukan"]
        },
        {
            "target.csv", ["indikator,tahun,jenis,nilai", "IKU1,2021,pk,80", "IKU9,2021,pk,80"],
            ["target.csv:3:indikator: indikator \"IKU9\" tidak ditemukan"]
        },
        {
            "realisasi.csv", ["indikator,tahun,periode,nilai", "IKU9,2021,tahunan,88"],
            ["realisasi.csv:2:indikator: indikator \"IKU9\" tidak ditemukan"]
        },
        {
            "komponen.csv", ["indikator,tahun,periode,komponen,nilai", "IKU9,2021,tahunan,pembilang,28"],
            ["komponen.csv:2:indikator: indikator \"IKU9\" tidak ditemukan"]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,,Program,,,100", "P1.K1,OPD,2021,kegiatan,P9,Kegiatan,,,100"],
            ["anggaran.csv:3:induk: anggaran induk \"P9\" tidak ditemukan"]
        },
        {
            "anggaran.csv", [Budget, "P1,BIRO9,2021,program,,Program,,,100"],
            ["anggaran.csv:2:instansi: instansi \"BIRO9\" tidak ditemukan"]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,,Program,S9,IKU9,100"],
            ["anggaran.csv:2:rencana: rencana \"S9\" tidak ditemukan", "anggaran.csv:2:indikator: indikator \"IKU9\" tidak ditemukan"]
        },
        {
            "rencana.csv", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,M9,Tujuan,2019,2023", "S1,BIRO9,sasaran,T1,Sasaran,,"],
            ["rencana.csv:3:instansi: instansi \"BIRO9\" tidak ditemukan", "rencana.csv:2:induk: rencana induk \"M9\" tidak ditemukan"]
        },
        {
            "instansi.csv", ["kode,nama,induk,jenis", "PEMDA,Pemerintah Provinsi,,pemda", "OPD,Sekretariat Daerah,PEMPROV,perangkat_daerah"],
            ["instansi.csv:3:induk: instansi induk \"PEMPROV\" tidak ditemukan"]
        },
        {
            "evaluasi.csv", ["instansi,tahun,komponen,nilai", "BIRO9,2021,,66.04"],
            ["evaluasi.csv:2:instansi: instansi \"BIRO9\" tidak ditemukan"]
        },
        {
            "rekomendasi.csv", ["instansi,tahun,nomor,rekomendasi", "BIRO9,2020,1.a,Perbaiki target"],
            ["rekomendasi.csv:2:instansi: instansi \"BIRO9\" tidak ditemukan"]
        },
    };

    [Theory, MemberData(nameof(UnknownReferences))]
    public void Read_reports_an_unknown_reference_at_its_cell(string file, string[] lines, string[] expected)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    public static TheoryData<string, string[], string[]> Duplicates => new()
    {
        {
            "instansi.csv", ["kode,nama,induk,jenis", "PEMDA,Pemerintah Provinsi,,pemda", "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah", "OPD,Biro Umum,PEMDA,unit_kerja"],
            ["instansi.csv:4:kode: kode instansi \"OPD\" ganda (sudah ada di baris 3)"]
        },
        {
            "rencana.csv", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,,Tujuan,2019,2023", "S1,OPD,sasaran,T1,Sasaran,,", "S1,OPD,sasaran,T1,Sasaran lain,,"],
            ["rencana.csv:4:kode: kode rencana \"S1\" ganda (sudah ada di baris 3)"]
        },
        {
            "indikator.csv", ["kode,rencana,uraian", "IKU1,S1,Indeks kinerja", "IKU1,S1,Indeks layanan"],
            ["indikator.csv:3:kode: kode indikator \"IKU1\" ganda (sudah ada di baris 2)"]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,,Program,,,100", "P1,OPD,2021,program,,Program lain,,,200"],
            ["anggaran.csv:3:kode: kode anggaran \"P1\" ganda (sudah ada di baris 2)"]
        },
        {
            "target.csv", ["indikator,tahun,jenis,nilai", "IKU1,2021,pk,80", "IKU1,2021,PK,85"],
            ["target.csv:3:jenis: target IKU1 tahun 2021 jenis pk ganda (sudah ada di baris 2)"]
        },
        {
            "realisasi.csv", ["indikator,tahun,periode,nilai", "IKU1,2021,tahunan,88", "IKU1,2021,tahunan,89"],
            ["realisasi.csv:3:periode: realisasi IKU1 tahun 2021 periode tahunan ganda (sudah ada di baris 2)"]
        },
        {
            "komponen.csv", ["indikator,tahun,periode,komponen,nilai", "IKU1,2021,tahunan,penyebut,37", "IKU1,2021,tahunan,penyebut,38"],
            ["komponen.csv:3:komponen: komponen penyebut IKU1 tahun 2021 periode tahunan ganda (sudah ada di baris 2)"]
        },
        {
            "evaluasi.csv", ["instansi,tahun,komponen,nilai", "OPD,2020,,59.14", "OPD,2020,,59.15"],
            ["evaluasi.csv:3:komponen: nilai akhir evaluasi OPD tahun 2020 ganda (sudah ada di baris 2)"]
        },
        {
            "rekomendasi.csv", ["instansi,tahun,nomor,rekomendasi", "OPD,2020,1.a,Perbaiki target", "OPD,2020,1.a,Perbaiki indikator"],
            ["rekomendasi.csv:3:nomor: rekomendasi nomor \"1.a\" OPD tahun 2020 ganda (sudah ada di baris 2)"]
        },
    };

    [Theory, MemberData(nameof(Duplicates))]
    public void Read_reports_a_duplicate_key_at_the_second_row(string file, string[] lines, string[] expected)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    public static TheoryData<string, string[], string> RejectedRows => new()
    {
        { "instansi.csv", ["kode,nama,induk,jenis", "PEMDA,Pemerintah Provinsi,,pemda", "OPD,Sekretariat Daerah,PEMDA,dinas"], "instansi.csv:3:jenis" },
        { "rencana.csv", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,,Tujuan,2019,", "S1,OPD,sasaran,T1,Sasaran,,"], "rencana.csv:2:periode_akhir" },
        { "indikator.csv", ["kode,rencana,uraian,urutan", "IKU1,S1,Indeks kinerja,pertama"], "indikator.csv:2:urutan" },
        { "anggaran.csv", [Budget, "P1,OPD,2021,program,,Program,,,sejuta", "P1.K1,OPD,2021,kegiatan,P1,Kegiatan,,,100"], "anggaran.csv:2:pagu" },
    };

    /// <remarks>A row with a bad cell is left out of the dataset, but its code exists: the rows that refer to it are fine.</remarks>
    [Theory, MemberData(nameof(RejectedRows))]
    public void Read_reports_only_the_bad_cell_of_a_row_that_others_refer_to(string file, string[] lines, string expectedField)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Problems.Select(p => p.Field).ShouldBe([expectedField]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_compares_codes_exactly_so_codes_differing_in_case_are_not_duplicates()
    {
        using var package = PackageFolder.Minimal().With("indikator.csv", "kode,rencana,uraian", "IKU1,S1,Indeks kinerja", "iku1,S1,Indeks layanan");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Indicators.Select(i => i.Code).ShouldBe(["IKU1", "iku1"]);
    }

    public static TheoryData<string[], string[]> PlanShapes => new()
    {
        {
            ["T1,OPD,tujuan,,Tujuan,2019,2023", "S1,OPD,sasaran,T1,Sasaran,,", "S2,OPD,sasaran,S1,Sub sasaran,,"],
            ["rencana.csv:4:induk: induk dari sasaran \"S2\" harus tujuan, bukan sasaran \"S1\""]
        },
        {
            ["M1,PEMDA,misi,,Misi,2019,2023", "T1,OPD,tujuan,M1,Tujuan,2019,2023", "S1,OPD,sasaran,M1,Sasaran,,"],
            ["rencana.csv:4:induk: induk dari sasaran \"S1\" harus tujuan, bukan misi \"M1\""]
        },
        {
            ["V,PEMDA,visi,T1,Visi,2019,2023", "T1,OPD,tujuan,,Tujuan,2019,2023", "S1,OPD,sasaran,T1,Sasaran,,"],
            ["rencana.csv:2:induk: visi tidak boleh memiliki induk"]
        },
        {
            ["V,PEMDA,visi,,Visi,2019,2023", "M1,PEMDA,misi,V,Misi,2019,2023", "T1,OPD,tujuan,M1,Tujuan,2019,2023", "S1,OPD,sasaran,T1,Sasaran,,"],
            []
        },
    };

    [Theory, MemberData(nameof(PlanShapes))]
    public void Read_checks_that_each_plan_element_hangs_under_the_kind_above_it(string[] rows, string[] expected)
    {
        using var package = PackageFolder.Minimal().With("rencana.csv", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", .. rows]);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.IsValid.ShouldBe(expected.Length == 0);
    }

    [Fact]
    public void Read_rejects_an_indicator_that_measures_a_misi()
    {
        using var package = PackageFolder.Minimal()
            .With("rencana.csv", "kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "M1,PEMDA,misi,,Misi,2019,2023", "T1,OPD,tujuan,M1,Tujuan,2019,2023", "S1,OPD,sasaran,T1,Sasaran,,")
            .With("indikator.csv", "kode,rencana,uraian", "IKU1,S1,Indeks kinerja", "IKU2,M1,Indeks misi");

        var result = package.Read();

        result.Messages().ShouldBe(["indikator.csv:3:rencana: indikator harus mengukur tujuan atau sasaran, bukan misi \"M1\""]);
    }

    [Fact]
    public void Read_reports_a_circular_induk_between_units_on_every_unit_of_the_loop()
    {
        using var package = PackageFolder.Minimal().With("instansi.csv",
            "kode,nama,induk,jenis",
            "PEMDA,Pemerintah Provinsi,,pemda",
            "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah",
            "BIRO_A,Biro A,BIRO_B,unit_kerja",
            "BIRO_B,Biro B,BIRO_A,unit_kerja");

        var result = package.Read();

        result.Messages().ShouldBe([
            "instansi.csv:4:induk: induk melingkar: \"BIRO_A\" menjadi induk dari dirinya sendiri melalui rantai induk",
            "instansi.csv:5:induk: induk melingkar: \"BIRO_B\" menjadi induk dari dirinya sendiri melalui rantai induk",
        ]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_a_unit_that_is_its_own_induk()
    {
        using var package = PackageFolder.Minimal().With("instansi.csv",
            "kode,nama,induk,jenis",
            "PEMDA,Pemerintah Provinsi,PEMDA,pemda",
            "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah");

        var result = package.Read();

        result.Messages().ShouldBe(["instansi.csv:2:induk: induk melingkar: \"PEMDA\" menjadi induk dari dirinya sendiri melalui rantai induk"]);
    }

    [Fact]
    public void Read_reports_a_circular_induk_in_the_plan_beside_the_shape_it_breaks()
    {
        using var package = PackageFolder.Minimal().With("rencana.csv",
            "kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir",
            "T1,OPD,tujuan,T2,Tujuan satu,2019,2023",
            "T2,OPD,tujuan,T1,Tujuan dua,2019,2023",
            "S1,OPD,sasaran,T1,Sasaran,,");

        var result = package.Read();

        result.Messages().ShouldBe([
            "rencana.csv:2:induk: induk melingkar: \"T1\" menjadi induk dari dirinya sendiri melalui rantai induk",
            "rencana.csv:3:induk: induk melingkar: \"T2\" menjadi induk dari dirinya sendiri melalui rantai induk",
            "rencana.csv:2:induk: induk dari tujuan \"T1\" harus misi, bukan tujuan \"T2\"",
            "rencana.csv:3:induk: induk dari tujuan \"T2\" harus misi, bukan tujuan \"T1\"",
        ]);
    }

    [Fact]
    public void Read_reports_a_circular_induk_in_the_budget_beside_the_levels_it_breaks()
    {
        using var package = PackageFolder.Minimal().With("anggaran.csv",
            Budget,
            "P1,OPD,2021,program,,Program,,,300",
            "K1,OPD,2021,kegiatan,K3,Kegiatan satu,,,100",
            "K2,OPD,2021,kegiatan,K1,Kegiatan dua,,,100",
            "K3,OPD,2021,kegiatan,K2,Kegiatan tiga,,,100");

        var result = package.Read();

        result.Messages().ShouldBe([
            "anggaran.csv:3:induk: induk melingkar: \"K1\" menjadi induk dari dirinya sendiri melalui rantai induk",
            "anggaran.csv:4:induk: induk melingkar: \"K2\" menjadi induk dari dirinya sendiri melalui rantai induk",
            "anggaran.csv:5:induk: induk melingkar: \"K3\" menjadi induk dari dirinya sendiri melalui rantai induk",
            "anggaran.csv:3:induk: induk dari kegiatan harus program, bukan kegiatan \"K3\"",
            "anggaran.csv:4:induk: induk dari kegiatan harus program, bukan kegiatan \"K1\"",
            "anggaran.csv:5:induk: induk dari kegiatan harus program, bukan kegiatan \"K2\"",
        ]);
    }

    [Fact]
    public void Read_does_not_call_a_chain_that_leads_into_a_loop_circular()
    {
        using var package = PackageFolder.Minimal().With("instansi.csv",
            "kode,nama,induk,jenis",
            "PEMDA,Pemerintah Provinsi,,pemda",
            "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah",
            "BIRO_A,Biro A,BIRO_B,unit_kerja",
            "BIRO_B,Biro B,BIRO_A,unit_kerja",
            "BAGIAN,Bagian,BIRO_A,unit_kerja");

        var result = package.Read();

        result.Messages().ShouldNotContain(m => m.StartsWith("instansi.csv:6:", StringComparison.Ordinal));
        result.Messages().Length.ShouldBe(2);
    }

    [Fact]
    public void Read_requires_pagu_on_a_leaf_budget_line()
    {
        using var package = PackageFolder.Minimal().With("anggaran.csv",
            Budget,
            "P1,OPD,2021,program,,Program,,,",
            "P1.K1,OPD,2021,kegiatan,P1,Kegiatan,,,",
            "P1.K1.S1,OPD,2021,sub_kegiatan,P1.K1,Sub kegiatan satu,,,1500000",
            "P1.K1.S2,OPD,2021,sub_kegiatan,P1.K1,Sub kegiatan dua,,,");

        var result = package.Read();

        result.Messages().ShouldBe(["anggaran.csv:5:pagu: wajib diisi (hanya baris induk yang boleh mengosongkan pagu)"]);
    }

    [Fact]
    public void Read_accepts_parents_without_pagu_when_their_leaves_give_it()
    {
        using var package = PackageFolder.Minimal().With("anggaran.csv",
            Budget,
            "P1,OPD,2021,program,,Program,S1,IKU1,",
            "P1.K1,OPD,2021,kegiatan,P1,Kegiatan,,,-",
            "P1.K1.S1,OPD,2021,sub_kegiatan,P1.K1,Sub kegiatan,,,1500000");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.BudgetLines.Select(l => l.Ceiling).ShouldBe([null, null, 1500000m]);
    }

    public static TheoryData<string[], string> BudgetLevels => new()
    {
        { ["P1,OPD,2021,program,,Program,,,100", "P2,OPD,2021,program,P1,Program anak,,,100"], "anggaran.csv:3:induk: program tidak boleh memiliki induk" },
        { ["P1,OPD,2021,program,,Program,,,100", "S1,OPD,2021,sub_kegiatan,P1,Sub kegiatan,,,100"], "anggaran.csv:3:induk: induk dari sub_kegiatan harus kegiatan, bukan program \"P1\"" },
    };

    [Theory, MemberData(nameof(BudgetLevels))]
    public void Read_checks_program_kegiatan_sub_kegiatan_levels(string[] rows, string expected)
    {
        using var package = PackageFolder.Minimal().With("anggaran.csv", [Budget, .. rows]);

        var result = package.Read();

        result.Messages().ShouldBe([expected]);
    }
}
