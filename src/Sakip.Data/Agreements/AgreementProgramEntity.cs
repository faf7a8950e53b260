namespace Sakip.Data.Agreements;

/// <summary>A program and its budget in a Perjanjian Kinerja.</summary>
public sealed class AgreementProgramEntity
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int? BudgetLineId { get; set; }
    public string Name { get; set; } = "";
    public decimal Amount { get; set; }
}
