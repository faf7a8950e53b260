using System.Globalization;
using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>
/// The field rules of the evaluation records (issue #9: lke, skm, skm_jawaban, penilaian, kelompok, rekap_indikator),
/// like <see cref="RecordRules"/>: each problem's field is the package column.
/// </summary>
public static class EvaluationRecordRules
{
    /// <summary>Every answer letter the LKE knows (Y/T and A–E); whether a criterion takes Y/T or A–E is its template's to say.</summary>
    public static IReadOnlyList<string> AnswerLetters { get; } =
        [.. LkeAnswers.Options(AnswerType.YesNo).Concat(LkeAnswers.Options(AnswerType.Grade)).Select(o => o.Answer)];

    /// <summary>The lowest and highest SKM answer (PermenPAN-RB 14/2017: 1 tidak baik … 4 sangat baik).</summary>
    public const int SkmLowest = IkmRule.LowestAnswer;
    public const int SkmHighest = IkmRule.HighestAnswer;

    /// <summary>The canonical answer letter (<c>y</c> → <c>Y</c>), or null when it is not one of <see cref="AnswerLetters"/>.</summary>
    public static string? AnswerLetter(string? answer)
    {
        var text = answer?.Trim().ToUpperInvariant();
        return text is not null && AnswerLetters.Contains(text) ? text : null;
    }

    public static void LkeAnswer(LkeAnswerRecord answer, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", answer.Year));
        Add(problems, CodeRule.Check("templat", answer.Template, "Templat"));
        Add(problems, TextRules.Check("kriteria", TextField.LkeCriterion, answer.Criterion));
        Letter("nilai_usulan", answer.SelfAnswer, problems);
        Letter("nilai_penetapan", answer.EvaluatorAnswer, problems);
        Add(problems, TextRules.Check("catatan", TextField.LkeNote, answer.Note));
    }

    static void Letter(string column, string? answer, List<Problem> problems)
    {
        if (answer is not null && AnswerLetter(answer) is null)
        {
            problems.Add(new Problem(column, $"Jawaban \"{answer}\" tidak dikenal; gunakan Y/T atau A/B/C/D/E."));
        }
    }

    public static void SkmResult(SkmResult result, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", result.Year));
        Add(problems, TextRules.Check("layanan", TextField.SkmService, result.Service));
        if (result.Respondents < 0)
        {
            problems.Add(new Problem("responden", "Jumlah responden tidak boleh negatif."));
        }
        Elements(result.Elements.Count, problems);
        for (var i = 0; i < result.Elements.Count; i++)
        {
            Add(problems, NumberRule.Check(Element(i), result.Elements[i], NumberKind.Quantity, $"Nilai unsur {i + 1}"));
            if (result.Elements[i] is < SkmLowest or > SkmHighest)
            {
                problems.Add(new Problem(Element(i), string.Create(CultureInfo.InvariantCulture,
                    $"Nilai rata-rata unsur {i + 1} harus antara {SkmLowest} dan {SkmHighest}.")));
            }
        }
    }

    public static void SkmResponse(SkmResponse response, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", response.Year));
        Add(problems, TextRules.Check("layanan", TextField.SkmService, response.Service));
        Elements(response.Answers.Count, problems);
        for (var i = 0; i < response.Answers.Count; i++)
        {
            if (response.Answers[i] is < SkmLowest or > SkmHighest)
            {
                problems.Add(new Problem(Element(i), string.Create(CultureInfo.InvariantCulture,
                    $"Jawaban unsur {i + 1} harus bilangan bulat {SkmLowest} sampai {SkmHighest}.")));
            }
        }
    }

    /// <summary>The column of an SKM element: <c>u1</c> … <c>u9</c>.</summary>
    public static string Element(int index) => string.Create(CultureInfo.InvariantCulture, $"u{index + 1}");

    static void Elements(int count, List<Problem> problems)
    {
        if (count != IkmRule.Elements)
        {
            problems.Add(new Problem("u1", string.Create(CultureInfo.InvariantCulture,
                $"SKM memerlukan {IkmRule.Elements} unsur, tertulis {count}.")));
        }
    }

    /// <remarks>The kind is a code (<see cref="AssessmentKinds"/> or a coordinator's own), so it is lowercase letters, digits and <c>_</c>.</remarks>
    public static void Assessment(Assessment assessment, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", assessment.Year));
        if (!IsKindCode(assessment.Kind))
        {
            problems.Add(new Problem("jenis", $"Jenis penilaian \"{assessment.Kind}\" harus kode huruf kecil, angka atau garis bawah (mis. indeks_kelembagaan)."));
        }
        Add(problems, TextRules.Check("jenis", TextField.Code, assessment.Kind, "Jenis penilaian"));
        Add(problems, NumberRule.Check("nilai", assessment.Value, NumberKind.Quantity, "Nilai penilaian"));
        Add(problems, TextRules.Check("predikat", TextField.AssessmentLabel, assessment.Label));
        Add(problems, TextRules.Check("sumber", TextField.AssessmentSource, assessment.Source));
        if (assessment.Value is null && assessment.Label is null)
        {
            problems.Add(new Problem("nilai", "Isi nilai atau predikat penilaian (salah satu wajib)."));
        }
    }

    public static bool IsKindCode(string kind) =>
        kind.Length > 0 && kind.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    public static void UnitGroup(UnitGroup group, List<Problem> problems)
    {
        Add(problems, TextRules.Check("kelompok", TextField.GroupCode, group.Code));
        Add(problems, CodeRule.Check("kelompok", group.Code, "Kode kelompok"));
        Add(problems, TextRules.Check("nama", TextField.GroupName, group.Name));
    }

    /// <summary>
    /// What each source needs: <c>sakip</c> a lowest grade, <c>ikm</c> a threshold, <c>penilaian</c> a threshold and the
    /// assessment kind; a field another source needs is refused rather than silently ignored.
    /// </summary>
    public static void RecapIndicator(RecapIndicator recap, List<Problem> problems)
    {
        var source = Codes.Of(recap.Source);
        var (needsGrade, needsThreshold, needsKind) = recap.Source switch
        {
            RecapSource.SakipGrade => (true, false, false),
            RecapSource.Ikm => (false, true, false),
            RecapSource.Assessment => (false, true, true),
        };
        Needs("predikat_minimal", recap.MinGrade is not null, needsGrade, source, problems);
        Needs("batas", recap.Threshold is not null, needsThreshold, source, problems);
        Needs("jenis", recap.Kind is not null, needsKind, source, problems);
        Add(problems, TextRules.Check("predikat_minimal", TextField.GradeLabel, recap.MinGrade));
        Add(problems, NumberRule.Check("batas", recap.Threshold, NumberKind.Quantity, "Batas"));
        if (recap.Kind is { } kind && !IsKindCode(kind))
        {
            problems.Add(new Problem("jenis", $"Jenis penilaian \"{kind}\" harus kode huruf kecil, angka atau garis bawah (mis. indeks_kelembagaan)."));
        }
        Add(problems, TextRules.Check("kelompok", TextField.GroupCode, recap.Group));
    }

    static void Needs(string column, bool given, bool needed, string source, List<Problem> problems)
    {
        if (needed && !given)
        {
            problems.Add(new Problem(column, $"{column} wajib diisi untuk sumber {source}."));
        }
        else if (!needed && given)
        {
            problems.Add(new Problem(column, $"{column} tidak dipakai untuk sumber {source}; kosongkan."));
        }
    }

    static void Add(List<Problem> problems, Problem? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }
}
