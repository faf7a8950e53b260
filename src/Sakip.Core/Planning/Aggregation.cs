namespace Sakip.Core.Planning;

/// <summary>indikator.agregasi: how an annual value follows from quarterly values when none is given.</summary>
public enum Aggregation
{
    /// <summary>akhir — the last quarter with a value (the default).</summary>
    Last,

    /// <summary>kumulatif — the sum of the quarters with a value.</summary>
    Cumulative,

    /// <summary>rata_rata — the mean of the quarters with a value.</summary>
    Mean,
}
