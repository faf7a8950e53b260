namespace Sakip.Packages.Values;

/// <summary>A keyword read from a cell, spelled as in the allowed list (null = no value), or a problem.</summary>
public sealed record CellKeyword(string? Value, string? Problem)
{
    public static CellKeyword Empty { get; } = new(null, null);

    public bool HasProblem => Problem is not null;
}
