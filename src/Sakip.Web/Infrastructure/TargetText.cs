using Sakip.Core.Measurement;

namespace Sakip.Web.Infrastructure;

/// <summary>A target for people and for input boxes: the text as printed when there is one, else the value in id-ID.</summary>
public static class TargetText
{
    /// <summary>For display: "70 (cukup)", "3,095", "80 – 90" for a range, "-" for none.</summary>
    public static string Show(decimal? value, decimal? max, string? text) =>
        !string.IsNullOrWhiteSpace(text) ? text
        : max is { } m ? $"{Formats.Value(value)} – {Formats.Value(m)}"
        : Formats.Value(value);

    public static string Show(Target? target) => target is null ? "-" : Show(target.Value, target.Max, target.Text);

    /// <summary>For an input box: what the user would type back (the printed text keeps its qualifier).</summary>
    public static string Input(decimal? value, string? text) =>
        !string.IsNullOrWhiteSpace(text) ? text : Formats.Input(value);
}
