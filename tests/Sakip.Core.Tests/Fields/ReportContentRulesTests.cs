using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Problems;
using Sakip.Core.Reporting;

namespace Sakip.Core.Tests.Fields;

/// <summary>The record rules of the report content (issue #8), as the package, the forms and the API apply them.</summary>
public sealed class ReportContentRulesTests
{
    private static readonly Party Secretary = new("Muhammad Sa'bani", "196201281988031005", "Sekretaris Daerah Prov. Kaltim");
    private static readonly Party Governor = new("Dr. Ir. H. Isran Noor, M.Si.", null, "Gubernur Kalimantan Timur");

    private static string[] Run<T>(T record, Action<T, List<Problem>> rule)
    {
        var problems = new List<Problem>();
        rule(record, problems);
        return [.. problems.Select(p => p.IsError ? p.ToString() : $"peringatan: {p}")];
    }

    public static TheoryData<Agreement, string[]> AgreementCases => new()
    {
        { new Agreement("SETDA", 2021, Secretary, Governor, new DateOnly(2021, 8, 20), "Samarinda"), [] },
        { new Agreement("SETDA", 2021, Secretary, Governor, new DateOnly(2020, 12, 1)), [] },
        { new Agreement("SETDA", 2021, Secretary, Governor, Version: 0), ["versi: Versi PK harus 1 atau lebih."] },
        {
            new Agreement("SETDA", 2021, Secretary with { Nip = "19620128198803100" }, Governor),
            ["nip_pihak_pertama: NIP pihak pertama harus 18 angka (tertulis 17 angka), contoh: 19700101 199003 1 001."]
        },
        {
            new Agreement("SETDA", 2021, Secretary, Governor with { Nip = "196213281988031005" }),
            ["nip_pihak_kedua: NIP pihak kedua tidak valid: 8 angka pertama harus tanggal lahir (tahun, bulan, tanggal)."]
        },
        {
            new Agreement("SETDA", 2021, Secretary, Governor with { Nip = new string('1', 31) }),
            ["nip_pihak_kedua: NIP paling banyak 30 karakter (tertulis 31 karakter)."]
        },
        {
            new Agreement("SETDA", 2021, Secretary with { Position = new string('j', 301) }, Governor),
            ["jabatan_pihak_pertama: Jabatan pihak pertama paling banyak 300 karakter (tertulis 301 karakter)."]
        },
        {
            new Agreement("SETDA", 2021, Secretary, Governor with { Name = new string('n', 201) }),
            ["pihak_kedua: Nama pihak kedua paling banyak 200 karakter (tertulis 201 karakter)."]
        },
        {
            new Agreement("SETDA", 2021, Secretary, Governor, new DateOnly(2022, 2, 1)),
            ["peringatan: tanggal: Tanggal penandatanganan 01-02-2022 di luar tahun PK 2021 (biasanya tahun 2021 atau Desember 2020); pastikan sudah benar."]
        },
        { new Agreement("SETDA", 2021, Secretary, Governor, Place: new string('t', 101)), ["tempat: Tempat paling banyak 100 karakter (tertulis 101 karakter)."] },
        { new Agreement("SETDA", 221, Secretary, Governor), ["tahun: Tahun harus empat angka antara 1900 dan 2100."] },
    };

    [Theory, MemberData(nameof(AgreementCases))]
    public void Agreement_checks_both_parties_the_version_and_the_signing_date(Agreement agreement, string[] expected) =>
        Run(agreement, RecordRules.Agreement).ShouldBe(expected);

    public static TheoryData<AgreementProgram, string[]> ProgramCases => new()
    {
        { new AgreementProgram("SETDA", 2021, "PROGRAM KESEJAHTERAAN RAKYAT", 42_801_621_900m, "KESRA.P2"), [] },
        { new AgreementProgram("SETDA", 2021, "Program", 0m), [] },
        { new AgreementProgram("SETDA", 2021, "Program", -1m), ["pagu: Anggaran program tidak boleh negatif."] },
        { new AgreementProgram("SETDA", 2021, "Program", 10_000_000_000_000_000m), ["pagu: Anggaran program di luar batas: nilainya harus kurang dari Rp 10.000 triliun."] },
        { new AgreementProgram("SETDA", 2021, new string('p', 501), 1m), ["uraian: Nama program paling banyak 500 karakter (tertulis 501 karakter)."] },
    };

    [Theory, MemberData(nameof(ProgramCases))]
    public void Agreement_program_has_a_rupiah_amount_of_zero_or_more(AgreementProgram program, string[] expected) =>
        Run(program, RecordRules.AgreementProgram).ShouldBe(expected);

    public static TheoryData<Narrative, string[]> NarrativeCases => new()
    {
        { new Narrative("SETDA", 2021, NarrativeSection.Background, "Teks."), [] },
        { new Narrative("SETDA", 2021, NarrativeSection.ObjectiveAnalysis, "Teks.", "S1"), [] },
        { new Narrative("SETDA", 2021, NarrativeSection.ObjectiveAnalysis, "Teks."), ["rencana: Rencana (kode sasaran) wajib diisi untuk bagian analisis_sasaran."] },
        { new Narrative("SETDA", 2021, NarrativeSection.Closing, "Teks.", "S1"), ["rencana: Rencana hanya diisi untuk bagian analisis_sasaran, bukan penutup."] },
        { new Narrative("SETDA", 2021, NarrativeSection.Foreword, new string('k', 20_000)), [] },
        { new Narrative("SETDA", 2021, NarrativeSection.Foreword, new string('k', 20_001)), ["teks: Narasi paling banyak 20000 karakter (tertulis 20001 karakter)."] },
    };

    [Theory, MemberData(nameof(NarrativeCases))]
    public void Narrative_names_a_plan_element_only_for_the_analysis_of_a_sasaran(Narrative narrative, string[] expected) =>
        Run(narrative, RecordRules.Narrative).ShouldBe(expected);

    public static TheoryData<StaffCount, string[]> StaffCases => new()
    {
        { new StaffCount("SETDA", 2021, 155, "Fungsional Umum (Pelaksana)", Gender: Gender.Male), [] },
        { new StaffCount("SETDA", 2021, 0), [] },
        { new StaffCount("SETDA", 2021, -1), ["jumlah: Jumlah pegawai tidak boleh negatif."] },
        { new StaffCount("SETDA", 2021, 1, Rank: new string('g', 101)), ["golongan: Golongan paling banyak 100 karakter (tertulis 101 karakter)."] },
    };

    [Theory, MemberData(nameof(StaffCases))]
    public void Staff_count_is_zero_or_more(StaffCount staff, string[] expected) =>
        Run(staff, RecordRules.StaffCount).ShouldBe(expected);

    public static TheoryData<Facility, string[]> FacilityCases => new()
    {
        { new Facility("SETDA", 2021, "Tanah", 3370m, "m²"), [] },
        { new Facility("SETDA", 2021, "Tanah", -3370m, "m²"), ["jumlah: Jumlah sarana tidak boleh negatif."] },
        { new Facility("SETDA", 2021, new string('s', 301), 1m), ["jenis: Jenis sarana paling banyak 300 karakter (tertulis 301 karakter)."] },
        { new Facility("SETDA", 2021, "Gedung", 2m, Condition: new string('k', 1001)), ["kondisi: Kondisi paling banyak 1000 karakter (tertulis 1001 karakter)."] },
    };

    [Theory, MemberData(nameof(FacilityCases))]
    public void Facility_quantity_is_zero_or_more(Facility facility, string[] expected) =>
        Run(facility, RecordRules.Facility).ShouldBe(expected);

    public static TheoryData<ComparisonValue, string[]> ComparisonCases => new()
    {
        { new ComparisonValue("IKU1", 2021, 75.5m, "Rata-rata nasional"), [] },
        { new ComparisonValue("IKU1", 2021, -2.5m, "Pertumbuhan nasional"), [] },
        { new ComparisonValue("IKU1", 2021, 1m, new string('s', 501)), ["sumber: Sumber pembanding paling banyak 500 karakter (tertulis 501 karakter)."] },
    };

    [Theory, MemberData(nameof(ComparisonCases))]
    public void Comparison_value_may_be_negative_and_names_its_source(ComparisonValue comparison, string[] expected) =>
        Run(comparison, RecordRules.Comparison).ShouldBe(expected);

    [Fact]
    public void Realisation_analysis_texts_are_limited_like_an_analysis()
    {
        var realisation = new Realisation("IKU1", 2021, Period.Annual, 88m)
        {
            Analysis = new RealisationAnalysis(new string('a', 4000), new string('b', 4001), null),
        };

        Run(realisation, (r, found) => RecordRules.Realisation(r, found))
            .ShouldBe(["faktor_penghambat: Faktor penghambat paling banyak 4000 karakter (tertulis 4001 karakter)."]);
    }

    public static TheoryData<QuarterAmounts?, decimal?, string[]> QuarterCases => new()
    {
        { null, 500m, [] },
        { new QuarterAmounts(100m, 200m, 100m, 100m), 500m, [] },
        { new QuarterAmounts(100m, 200m, null, null), 500m, [] },
        { new QuarterAmounts(100m, 200m, 300m, 400m), null, [] },
        { new QuarterAmounts(0m, 0m, 0m, 0m), 0m, [] },
        {
            new QuarterAmounts(100m, 200m, 100m, 100.01m), 500m,
            ["realisasi_tw4: Jumlah realisasi triwulan I–IV (500.01) melebihi realisasi anggaran setahun (500); setiap triwulan diisi realisasi triwulan itu saja, bukan kumulatif."]
        },
        {
            new QuarterAmounts(300m, 400m, null, null), 500m,
            ["realisasi_tw2: Jumlah realisasi triwulan I–IV (700) melebihi realisasi anggaran setahun (500); setiap triwulan diisi realisasi triwulan itu saja, bukan kumulatif."]
        },
        { new QuarterAmounts(null, null, -1m, null), 500m, ["realisasi_tw3: Realisasi anggaran triwulan III tidak boleh negatif."] },
    };

    /// <remarks>A cumulative figure typed per quarter (100, 300, 400, 500 for a year of 500) is the mistake the rule catches.</remarks>
    [Theory, MemberData(nameof(QuarterCases))]
    public void Quarters_add_up_to_at_most_the_year_and_none_is_negative(QuarterAmounts? quarters, decimal? spent, string[] expected) =>
        QuarterRule.Check(quarters, spent).Select(p => p.ToString()).ShouldBe(expected);

    [Fact]
    public void Budget_line_applies_the_quarter_rule_and_the_rupiah_limit_to_each_quarter()
    {
        var line = new BudgetLine("P1", "OPD", 2021, BudgetLevel.Program, null, "Program", 1000m, 500m) { Quarters = new QuarterAmounts(100m, 0.001m, null, null) };
        var cumulative = line with { Quarters = new QuarterAmounts(100m, 300m, 400m, 500m) };

        Run(line, RecordRules.BudgetLine).ShouldBe(["realisasi_tw2: Realisasi anggaran triwulan II paling banyak 2 angka di belakang koma."]);
        Run(cumulative, RecordRules.BudgetLine).ShouldHaveSingleItem().ShouldStartWith("realisasi_tw4: Jumlah realisasi triwulan I–IV (1300)");
    }
}
