namespace Sakip.Core.Evaluation;

/// <summary>What a recap counts the units by.</summary>
public enum RecapSource
{
    /// <summary>The SAKIP evaluation grade (final score on the grade scale).</summary>
    SakipGrade,

    /// <summary>The IKM of the unit's services (each service counts as one).</summary>
    Ikm,

    /// <summary>The value of another national assessment (<see cref="RecapIndicator.Kind"/>).</summary>
    Assessment,
}

/// <summary>Whether the recap gives the number of units meeting the condition or their percentage of all counted.</summary>
public enum RecapMeasure
{
    Count,
    Percent,
}

/// <summary>
/// An indicator whose realisasi is taken from a recap (rekap_indikator.csv): the number or percentage of units (of all,
/// or of a named <see cref="UnitGroup"/>) whose result meets a condition, e.g. "Jumlah Perangkat Daerah kluster utama
/// dengan predikat minimal A" or "Persentase unit layanan dengan IKM &gt; 80".
/// </summary>
/// <param name="MinGrade">For <see cref="RecapSource.SakipGrade"/>: the lowest grade that counts (<c>B</c>, <c>BB</c>, <c>A</c>).</param>
/// <param name="Threshold">For IKM and assessments: the value a result must exceed to count.</param>
/// <param name="Kind">For <see cref="RecapSource.Assessment"/>: the assessment code.</param>
/// <param name="Group">The <see cref="UnitGroup.Code"/> the recap is limited to; null = every unit with a result.</param>
public sealed record RecapIndicator(string Indicator, RecapSource Source, RecapMeasure Measure, string? MinGrade, decimal? Threshold, string? Kind, string? Group)
{
    public Origin? Origin { get; init; }
}
