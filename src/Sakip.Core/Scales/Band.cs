namespace Sakip.Core.Scales;

/// <summary>One band of a scale.</summary>
/// <remarks>
/// Bands are (Lower, Upper]: the lower bound is exclusive unless <see cref="LowerInclusive"/>, the upper bound
/// inclusive; a null bound is open (spec "skala.csv"). Built-in scales need an inclusive lowest bound, e.g. grade D [0, 30].
/// </remarks>
public sealed record Band(string Label, decimal? Lower, decimal? Upper, bool LowerInclusive = false, string? Description = null)
{
    public bool Contains(decimal value) =>
        (Lower is not { } lower || value > lower || (LowerInclusive && value == lower))
        && (Upper is not { } upper || value <= upper);

    /// <summary>The label with its description when it has one, e.g. <c>BB/Sangat Baik</c>.</summary>
    public string FullLabel => Description is null ? Label : $"{Label}/{Description}";
}
