namespace Sakip.Core.Agreements;

/// <summary>A program and its budget in a unit's Perjanjian Kinerja (pk_program.csv).</summary>
/// <param name="BudgetLine">The <c>anggaran.kode</c> of the program, when it is in the budget tree.</param>
/// <param name="Amount">Anggaran in rupiah as agreed.</param>
public sealed record AgreementProgram(string Unit, int Year, string Name, decimal Amount, string? BudgetLine = null)
{
    public Origin? Origin { get; init; }
}
