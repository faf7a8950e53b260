namespace Sakip.Packages.Values;

/// <summary>A number read from a cell: the value (null = no value), the original text when it carried a qualifier, or a problem.</summary>
/// <remarks>
/// <see cref="Value"/> keeps the decimals it was written with (<c>100,00</c> → 100.00, Scale 2), because
/// review compares a printed value at the precision it is printed with (spec "Review").
/// <see cref="Text"/> is the full cell, e.g. <c>66 (peringkat 4)</c>, to be kept as <c>teks</c>.
/// </remarks>
public sealed record CellNumber(decimal? Value, string? Text, string? Problem)
{
    public static CellNumber Empty { get; } = new(null, null, null);

    public bool HasProblem => Problem is not null;
}
