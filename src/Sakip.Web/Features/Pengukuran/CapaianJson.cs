using System.Text.Json.Serialization;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>A capaian result in the API: package column names, exact numbers, and how it was computed.</summary>
public sealed record CapaianJson(
    [property: JsonPropertyName("indikator")] string Indicator,
    [property: JsonPropertyName("tahun")] int Year,
    [property: JsonPropertyName("periode"), JsonConverter(typeof(CodeJsonConverter<Period>))] Period Period,
    [property: JsonPropertyName("target")] decimal? Target,
    [property: JsonPropertyName("nilai_maks")] decimal? TargetMax,
    [property: JsonPropertyName("dasar_target")] string? TargetBasis,
    [property: JsonPropertyName("realisasi")] decimal? Realisation,
    [property: JsonPropertyName("capaian")] decimal? Capaian,
    [property: JsonPropertyName("kategori")] string? Category,
    [property: JsonPropertyName("penjelasan")] ExplanationJson Explanation)
{
    public static CapaianJson From(CapaianResult r) => new(
        r.Indicator, r.Year, r.Period, r.Target?.Min, r.Target?.Max, r.TargetBasis, r.Realisation.Value, r.Capaian.Value, r.Category?.Label,
        ExplanationJson.From(r.Capaian));
}

/// <summary>How a figure was computed: method, formula with symbols and with values, inputs, note.</summary>
public sealed record ExplanationJson(
    [property: JsonPropertyName("metode")] string Method,
    [property: JsonPropertyName("rumus")] string Formula,
    [property: JsonPropertyName("perhitungan")] string Sentence,
    [property: JsonPropertyName("masukan")] IReadOnlyList<InputJson> Inputs,
    [property: JsonPropertyName("catatan")] string? Note)
{
    public static ExplanationJson From(Explained<decimal?> figure) => new(
        figure.Method, ExplanationText.Symbolic(figure), Formats.Explain("Capaian", figure, "%"),
        [.. figure.Inputs.Select(i => new InputJson(i.Symbol, i.Label, i.Value))], figure.Note);
}

public sealed record InputJson(
    [property: JsonPropertyName("simbol")] string Symbol,
    [property: JsonPropertyName("nama")] string Label,
    [property: JsonPropertyName("nilai")] decimal? Value);
