using System.Globalization;

namespace Sakip.Core.Evaluation.Recaps;

/// <summary>How a recap names a threshold inside its method text: as written, with a decimal comma (80; 80,5).</summary>
public static class RecapText
{
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A list of names for a note, cut after <paramref name="max"/> so a note stays readable.</summary>
    public static string Names(IReadOnlyList<string> names, int max = 40) =>
        names.Count == 0 ? "tidak ada"
        : names.Count <= max ? string.Join(", ", names)
        : string.Join(", ", names.Take(max)) + string.Create(CultureInfo.InvariantCulture, $", dan {names.Count - max} lainnya");
}
