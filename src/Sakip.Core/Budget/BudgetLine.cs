namespace Sakip.Core.Budget;

/// <summary>A program, kegiatan or sub kegiatan with its budget (anggaran.csv).</summary>
/// <param name="Ceiling">Pagu in rupiah; may be omitted on a parent, whose amount is the sum of its children.</param>
/// <param name="Spent">Realisasi in rupiah.</param>
/// <param name="PrintedPercent">The absorption % as printed; its scale is the printed precision. Review only.</param>
public sealed record BudgetLine(
    string Code,
    string Unit,
    int Year,
    BudgetLevel Level,
    string? Parent,
    string Name,
    decimal? Ceiling,
    decimal? Spent = null,
    string? PlanElement = null,
    string? Indicator = null,
    decimal? PrintedPercent = null)
{
    /// <summary>Realisasi per quarter (anggaran.csv optional <c>realisasi_tw1</c>..<c>realisasi_tw4</c>); null when not recorded.</summary>
    public QuarterAmounts? Quarters { get; init; }

    public Origin? Origin { get; init; }

    public BudgetKey Key => new(Unit, Year, Code);

    /// <summary>The parent line's key: <c>induk</c> names a line of the same unit and year (spec anggaran.csv).</summary>
    public BudgetKey? ParentKey => Parent is null ? null : new BudgetKey(Unit, Year, Parent);
}
