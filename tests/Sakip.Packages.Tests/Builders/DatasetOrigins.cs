using Sakip.Core;

namespace Sakip.Packages.Tests.Builders;

/// <summary>Where records came from and how their decimals are written, for comparing datasets read from different sources.</summary>
internal static class DatasetOrigins
{
    /// <summary>Every origin of the dataset in list order, to compare where records came from.</summary>
    public static IEnumerable<Origin?> Origins(this Dataset data) =>
        data.Units.Select(x => x.Origin)
            .Concat(data.PlanElements.Select(x => x.Origin))
            .Concat(data.Indicators.Select(x => x.Origin))
            .Concat(data.Targets.Select(x => x.Origin))
            .Concat(data.Realisations.Select(x => x.Origin))
            .Concat(data.Components.Select(x => x.Origin))
            .Concat(data.BudgetLines.Select(x => x.Origin))
            .Concat(data.Evaluations.Select(x => x.Origin))
            .Concat(data.Recommendations.Select(x => x.Origin))
            .Concat(data.Agreements.Select(x => x.Origin))
            .Concat(data.AgreementPrograms.Select(x => x.Origin))
            .Concat(data.Narratives.Select(x => x.Origin))
            .Concat(data.Staff.Select(x => x.Origin))
            .Concat(data.Facilities.Select(x => x.Origin))
            .Concat(data.Comparisons.Select(x => x.Origin));

    /// <summary>
    /// Every decimal of the dataset as invariant text, which shows its scale: <c>100.00</c> and <c>100</c> are equal
    /// decimals, so <see cref="Dataset.Equals(Dataset)"/> alone cannot tell whether printed precision survived.
    /// </summary>
    public static IEnumerable<string> DecimalTexts(this Dataset data)
    {
        static string T(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return data.Targets.Select(t => $"{T(t.Value)}|{T(t.Max)}")
            .Concat(data.Realisations.Select(r => $"{T(r.Value)}|{T(r.PrintedCapaian)}"))
            .Concat(data.Components.Select(c => T(c.Value)))
            .Concat(data.BudgetLines.Select(b => $"{T(b.Ceiling)}|{T(b.Spent)}|{T(b.PrintedPercent)}"))
            .Concat(data.BudgetLines.Select(b => $"{T(b.Quarters?.Q1)}|{T(b.Quarters?.Q2)}|{T(b.Quarters?.Q3)}|{T(b.Quarters?.Q4)}"))
            .Concat(data.Evaluations.Select(e => $"{T(e.Weight)}|{T(e.Score)}"))
            .Concat(data.AgreementPrograms.Select(p => T(p.Amount)))
            .Concat(data.Facilities.Select(f => T(f.Quantity)))
            .Concat(data.Comparisons.Select(c => T(c.Value)))
            .Concat(data.Scales.SelectMany(s => s.Bands).Select(b => $"{T(b.Lower)}|{T(b.Upper)}"));
    }
}
