using System.Text.Json.Serialization;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Explaining;
using Sakip.Data.Evaluation;
using Sakip.Web.Features.Pengukuran;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Lke;

/// <summary>An evaluation's worksheet in the API: template version, answers, both columns scored with explanations, status.</summary>
public sealed record LkeJson(
    [property: JsonPropertyName("instansi")] string Unit,
    [property: JsonPropertyName("tahun")] int Year,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("templat")] string Template,
    [property: JsonPropertyName("versi_templat")] int TemplateVersion,
    [property: JsonPropertyName("jawaban")] IReadOnlyList<LkeAnswerJson> Answers,
    [property: JsonPropertyName("nilai_usulan")] LkeColumnJson Self,
    [property: JsonPropertyName("nilai_penetapan")] LkeColumnJson Evaluator)
{
    public static LkeJson From(string unit, Worksheet sheet) => new(unit, sheet.Year, sheet.Status == EvaluationStatus.Final ? "final" : "draf",
        sheet.Template.Code, sheet.Template.Version,
        [.. sheet.Answers.Select(a => new LkeAnswerJson(a.Criterion, a.SelfAnswer, a.SelfNote, a.EvaluatorAnswer, a.EvaluatorNote, a.Version))],
        LkeColumnJson.From(sheet.SelfScore(WorksheetPage.Grades)), LkeColumnJson.From(sheet.EvaluatorScore(WorksheetPage.Grades)));
}

public sealed record LkeAnswerJson(
    [property: JsonPropertyName("kriteria")] string Criterion,
    [property: JsonPropertyName("usulan")] string? SelfAnswer,
    [property: JsonPropertyName("catatan_usulan")] string? SelfNote,
    [property: JsonPropertyName("penetapan")] string? EvaluatorAnswer,
    [property: JsonPropertyName("catatan_penetapan")] string? EvaluatorNote,
    [property: JsonPropertyName("versi")] int Version);

public sealed record LkeColumnJson(
    [property: JsonPropertyName("nilai")] decimal? Total,
    [property: JsonPropertyName("predikat")] string? Grade,
    [property: JsonPropertyName("penjelasan")] LkeExplanationJson Explanation,
    [property: JsonPropertyName("dijawab")] int Answered,
    [property: JsonPropertyName("jumlah_kriteria")] int CriteriaCount,
    [property: JsonPropertyName("komponen")] IReadOnlyList<LkePartJson> Components,
    [property: JsonPropertyName("pelanggaran")] IReadOnlyList<LkeViolationJson> Violations)
{
    public static LkeColumnJson From(LkeScore score) => new(score.Total.Value, score.Grade?.Label, LkeExplanationJson.From(score.Total),
        score.Answered, score.CriteriaCount,
        [.. score.Components.Select(c => new LkePartJson(c.Component.Code, c.Component.Name, c.Component.Weight, c.Score.Value, LkeExplanationJson.From(c.Score),
            [.. c.SubComponents.Select(s => new LkePartJson(s.SubComponent.Code, s.SubComponent.Name, s.SubComponent.Weight, s.Score.Value, LkeExplanationJson.From(s.Score), []))]))],
        [.. score.Violations.Select(v => new LkeViolationJson(v.Rule.Criterion, v.Rule.Notation, v.Message))]);
}

public sealed record LkePartJson(
    [property: JsonPropertyName("kode")] string Code,
    [property: JsonPropertyName("nama")] string Name,
    [property: JsonPropertyName("bobot")] decimal Weight,
    [property: JsonPropertyName("nilai")] decimal? Score,
    [property: JsonPropertyName("penjelasan")] LkeExplanationJson Explanation,
    [property: JsonPropertyName("sub_komponen")] IReadOnlyList<LkePartJson> SubComponents);

public sealed record LkeViolationJson(
    [property: JsonPropertyName("kriteria")] string Criterion,
    [property: JsonPropertyName("syarat")] string Rule,
    [property: JsonPropertyName("pesan")] string Message);

public sealed record LkeExplanationJson(
    [property: JsonPropertyName("metode")] string Method,
    [property: JsonPropertyName("rumus")] string Formula,
    [property: JsonPropertyName("perhitungan")] string Sentence,
    [property: JsonPropertyName("masukan")] IReadOnlyList<InputJson> Inputs,
    [property: JsonPropertyName("catatan")] string? Note)
{
    public static LkeExplanationJson From(Explained<decimal?> figure) => new(figure.Method, ExplanationText.Symbolic(figure), Formats.Explain("Nilai", figure),
        [.. figure.Inputs.Select(i => new InputJson(i.Symbol, i.Label, i.Value))], figure.Note);
}
