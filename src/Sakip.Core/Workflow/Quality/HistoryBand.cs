using Sakip.Core.Explaining;

namespace Sakip.Core.Workflow.Quality;

/// <summary>
/// The range a realisation is expected in, from the same period of the years before: mean ± 3 × max(simpangan baku,
/// 10% of the mean). The 10% floor keeps a steady series (100, 100, 100) from flagging every small change.
/// </summary>
/// <remarks>The standard deviation is that of the population (divided by n): the history is all the years there are, not a sample.</remarks>
public sealed record HistoryBand(decimal Mean, decimal StandardDeviation, decimal Spread)
{
    /// <summary>How many years a band needs; with fewer there is no history to compare with.</summary>
    public const int MinYears = 2;

    public const decimal Width = 3m;

    /// <summary>The floor of the deviation, as a share of the mean.</summary>
    public const decimal FloorShare = 0.1m;

    public decimal Low => Mean - Spread;

    public decimal High => Mean + Spread;

    /// <summary>Inclusive at both ends.</summary>
    public bool Contains(decimal value) => value >= Low && value <= High;

    /// <summary>The band of <paramref name="values"/>, or null with fewer than <see cref="MinYears"/> or when the sums leave the range of decimal.</summary>
    public static HistoryBand? Of(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < MinYears)
        {
            return null;
        }
        var mean = Explained.Checked(() => values.Sum() / values.Count);
        var variance = mean is { } m ? Explained.Checked(() => values.Sum(v => (v - m) * (v - m)) / values.Count) : null;
        if (mean is not { } average || variance is not { } v)
        {
            return null;
        }
        var deviation = SquareRoot(v);
        var spread = Explained.Checked(() => Width * Math.Max(deviation, FloorShare * Math.Abs(average)));
        return spread is { } s && Explained.Checked(() => average + s) is not null && Explained.Checked(() => average - s) is not null
            ? new HistoryBand(average, deviation, s)
            : null;
    }

    /// <summary>Newton's method in decimal from a decimal start, so the band keeps decimal precision throughout.</summary>
    static decimal SquareRoot(decimal value)
    {
        if (value <= 0m)
        {
            return 0m;
        }
        var x = value >= 1m ? value / 2m : 1m; // at or above the root, so the steps fall towards it
        for (var i = 0; i < 200; i++)
        {
            var next = (x + value / x) / 2m;
            if (next >= x)
            {
                break;
            }
            x = next;
        }
        return x;
    }
}
