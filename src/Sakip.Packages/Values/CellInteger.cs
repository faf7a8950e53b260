namespace Sakip.Packages.Values;

/// <summary>A whole number (or year) read from a cell: the value (null = no value) or a problem.</summary>
public sealed record CellInteger(int? Value, string? Problem)
{
    public static CellInteger Empty { get; } = new(null, null);

    public bool HasProblem => Problem is not null;
}
