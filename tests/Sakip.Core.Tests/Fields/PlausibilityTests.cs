using Sakip.Core.Fields;
using Sakip.Core.Problems;

namespace Sakip.Core.Tests.Fields;

public sealed class PlausibilityTests
{
    public static TheoryData<decimal?, string?, int> MeasuredCases => new()
    {
        { 95m, "%", 0 },
        { 100m, "persen", 0 },
        { 1234.5m, "%", 1 },
        { 101m, "Persentase", 1 },
        { 1234.5m, "orang", 0 },
        { -2.5m, "%", 1 },
        { -2.5m, "poin", 1 },
        { null, "%", 0 },
    };

    [Theory]
    [MemberData(nameof(MeasuredCases))]
    public void Negative_or_above_100_percent_targets_and_realisations_are_warnings(decimal? value, string? unit, int warnings)
    {
        var problems = Plausibility.Measured("nilai", value, unit, "Realisasi").ToList();

        problems.Count.ShouldBe(warnings);
        problems.ShouldAllBe(p => p.Severity == Severity.Warning);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(5, false)]
    public void Negative_components_are_errors(int value, bool error) =>
        (Plausibility.Component("pembilang", value, "Pembilang")?.IsError ?? false).ShouldBe(error);

    public static TheoryData<decimal?, decimal?, Severity[]> BudgetCases => new()
    {
        { 100m, 90m, [] },
        { 100m, 120m, [Severity.Warning] },
        { -1m, null, [Severity.Error] },
        { 100m, -5m, [Severity.Error] },
        { null, 5m, [] },
    };

    [Theory]
    [MemberData(nameof(BudgetCases))]
    public void Negative_budget_amounts_are_errors_and_spending_above_pagu_a_warning(decimal? ceiling, decimal? spent, Severity[] expected) =>
        Plausibility.Budget("pagu", ceiling, "realisasi", spent).Select(p => p.Severity).ToArray().ShouldBe(expected);
}
