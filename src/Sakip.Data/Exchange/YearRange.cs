namespace Sakip.Data.Exchange;

/// <summary>The years whose records a load reads, both ends inclusive; a missing end is unbounded.</summary>
readonly record struct YearRange(int? From, int? To)
{
    public static YearRange All => new(null, null);

    /// <param name="year">The one year; null for all years.</param>
    public static YearRange Only(int? year) => new(year, year);
}
