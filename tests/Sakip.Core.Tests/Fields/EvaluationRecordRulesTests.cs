using Sakip.Core.Evaluation;
using Sakip.Core.Fields;
using Sakip.Core.Problems;

namespace Sakip.Core.Tests.Fields;

/// <summary>The record rules of the evaluation files (issue #9), as the package, the forms and the API apply them.</summary>
public sealed class EvaluationRecordRulesTests
{
    private static readonly decimal[] Means = [3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m];

    private static string[] Run<T>(T record, Action<T, List<Problem>> rule)
    {
        var problems = new List<Problem>();
        rule(record, problems);
        return [.. problems.Select(p => p.ToString())];
    }

    public static TheoryData<string?, string?> Letters => new()
    {
        { "y", "Y" }, { " T ", "T" }, { "a", "A" }, { "E", "E" }, { "F", null }, { "YA", null }, { "", null }, { null, null },
    };

    [Theory, MemberData(nameof(Letters))]
    public void AnswerLetter_reads_Y_T_and_A_to_E_in_any_case(string? text, string? expected) =>
        EvaluationRecordRules.AnswerLetter(text).ShouldBe(expected);

    public static TheoryData<LkeAnswerRecord, string[]> LkeCases => new()
    {
        { new("OPD", 2021, "permenpanrb_88_2021", "1.1.1", "Y", "T", null), [] },
        { new("OPD", 2021, "permenpanrb_88_2021", "1.1.1", "X", null, null), ["nilai_usulan: Jawaban \"X\" tidak dikenal; gunakan Y/T atau A/B/C/D/E."] },
        { new("OPD", 1899, "permenpanrb_88_2021", "1.1.1", null, null, null), ["tahun: Tahun harus empat angka antara 1900 dan 2100."] },
        { new("OPD", 2021, "permenpanrb_88_2021", new string('1', 21), null, "A", null), ["kriteria: Kode kriteria paling banyak 20 karakter (tertulis 21 karakter)."] },
        { new("OPD", 2021, "a\tb", "1.1.1", null, "A", null), ["templat: Templat tidak boleh memuat karakter kendali (tab atau baris baru)."] },
    };

    [Theory, MemberData(nameof(LkeCases))]
    public void LkeAnswer_checks_the_letters_and_lengths(LkeAnswerRecord answer, string[] expected) =>
        Run(answer, EvaluationRecordRules.LkeAnswer).ShouldBe(expected);

    public static TheoryData<SkmResult, string[]> SkmCases => new()
    {
        { new("OPD", 2021, "Perizinan", Means, 10), [] },
        { new("OPD", 2021, "Perizinan", [1m, 4m, 1m, 4m, 1m, 4m, 1m, 4m, 1m], 0), [] },
        { new("OPD", 2021, "Perizinan", [3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 4.01m], null), ["u9: Nilai rata-rata unsur 9 harus antara 1 dan 4."] },
        { new("OPD", 2021, "Perizinan", [0.99m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m], null), ["u1: Nilai rata-rata unsur 1 harus antara 1 dan 4."] },
        { new("OPD", 2021, "Perizinan", [3m, 3m], null), ["u1: SKM memerlukan 9 unsur, tertulis 2."] },
        { new("OPD", 2021, "Perizinan", Means, -1), ["responden: Jumlah responden tidak boleh negatif."] },
    };

    [Theory, MemberData(nameof(SkmCases))]
    public void SkmResult_wants_nine_means_from_1_to_4(SkmResult result, string[] expected) =>
        Run(result, EvaluationRecordRules.SkmResult).ShouldBe(expected);

    public static TheoryData<int[], string[]> ResponseCases => new()
    {
        { [1, 2, 3, 4, 4, 3, 2, 1, 4], [] },
        { [5, 3, 3, 3, 3, 3, 3, 3, 0], ["u1: Jawaban unsur 1 harus bilangan bulat 1 sampai 4.", "u9: Jawaban unsur 9 harus bilangan bulat 1 sampai 4."] },
        { [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], ["u1: SKM memerlukan 9 unsur, tertulis 10."] },
    };

    [Theory, MemberData(nameof(ResponseCases))]
    public void SkmResponse_wants_nine_whole_answers_from_1_to_4(int[] answers, string[] expected) =>
        Run(new SkmResponse("OPD", 2021, "Perizinan", answers), EvaluationRecordRules.SkmResponse).ShouldBe(expected);

    public static TheoryData<Assessment, string[]> AssessmentCases => new()
    {
        { new("OPD", 2021, "indeks_kelembagaan", 78.5m, null, null), [] },
        { new("OPD", 2021, "survei_2", null, "Level 3", "BPKP"), [] },
        { new("OPD", 2021, "indeks_rb", null, null, null), ["nilai: Isi nilai atau predikat penilaian (salah satu wajib)."] },
        { new("OPD", 2021, "Indeks-RB", 1m, null, null), ["jenis: Jenis penilaian \"Indeks-RB\" harus kode huruf kecil, angka atau garis bawah (mis. indeks_kelembagaan)."] },
        { new("OPD", 2021, "indeks_rb", null, new string('p', 101), null), ["predikat: Predikat paling banyak 100 karakter (tertulis 101 karakter)."] },
    };

    [Theory, MemberData(nameof(AssessmentCases))]
    public void Assessment_wants_a_code_and_a_value_or_a_label(Assessment assessment, string[] expected) =>
        Run(assessment, EvaluationRecordRules.Assessment).ShouldBe(expected);

    public static TheoryData<RecapIndicator, string[]> RecapCases => new()
    {
        { new("IKU1", RecapSource.SakipGrade, RecapMeasure.Count, "A", null, null, "UTAMA"), [] },
        { new("IKU1", RecapSource.Ikm, RecapMeasure.Percent, null, 80m, null, null), [] },
        { new("IKU1", RecapSource.Assessment, RecapMeasure.Count, null, 3m, "maturitas_spip", null), [] },
        { new("IKU1", RecapSource.SakipGrade, RecapMeasure.Count, null, 80m, null, null),
            ["predikat_minimal: predikat_minimal wajib diisi untuk sumber sakip.", "batas: batas tidak dipakai untuk sumber sakip; kosongkan."] },
        { new("IKU1", RecapSource.Ikm, RecapMeasure.Count, null, null, "indeks_rb", null),
            ["batas: batas wajib diisi untuk sumber ikm.", "jenis: jenis tidak dipakai untuk sumber ikm; kosongkan."] },
        { new("IKU1", RecapSource.Assessment, RecapMeasure.Count, "B", 3m, null, null),
            ["predikat_minimal: predikat_minimal tidak dipakai untuk sumber penilaian; kosongkan.", "jenis: jenis wajib diisi untuk sumber penilaian."] },
    };

    [Theory, MemberData(nameof(RecapCases))]
    public void RecapIndicator_wants_what_its_source_needs_and_nothing_else(RecapIndicator recap, string[] expected) =>
        Run(recap, EvaluationRecordRules.RecapIndicator).ShouldBe(expected);

    [Fact]
    public void UnitGroup_limits_the_code_to_its_column()
    {
        var problems = Run(new UnitGroup(new string('K', 41), "Kluster", ["OPD"]), EvaluationRecordRules.UnitGroup);

        problems.ShouldBe(["kelompok: Kode kelompok paling banyak 40 karakter (tertulis 41 karakter)."]);
    }
}
