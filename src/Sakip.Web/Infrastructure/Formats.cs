using System.Globalization;
using Sakip.Core.Explaining;

namespace Sakip.Web.Infrastructure;

/// <summary>Figures for people: id-ID, rounded only here, "-" for no value (never 0).</summary>
public static class Formats
{
    public static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>A percentage with 2 decimals, e.g. 99,79.</summary>
    public static string Percent(decimal? value) => Display.Number(value, Id);

    /// <summary>A value as entered, e.g. 3,0885 or 1.424.601.000.</summary>
    public static string Value(decimal? value) => Display.Value(value, Id);

    public static string Rupiah(decimal? value) => value is { } v ? "Rp " + Display.Number(v, Id, 0) : "-";

    /// <summary>A value for an input box: invariant-free, as the user would type it in id-ID (3,0885).</summary>
    public static string Input(decimal? value) => value?.ToString(Id) ?? "";

    /// <summary>The CSS class of a capaian category (Permendagri 86/2017), for its colour.</summary>
    public static string CategoryClass(string? label) => label switch
    {
        "Sangat Tinggi" => "cat-st",
        "Tinggi" => "cat-t",
        "Sedang" => "cat-s",
        "Rendah" => "cat-r",
        "Sangat Rendah" => "cat-sr",
        _ => "cat-none",
    };

    public static string Explain(string name, Explained<decimal?> figure, string unit = "") => ExplanationText.Sentence(name, figure, Id, unit);
}
