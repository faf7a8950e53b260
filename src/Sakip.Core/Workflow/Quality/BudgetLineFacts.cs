namespace Sakip.Core.Workflow.Quality;

/// <summary>A budget line of a year as the checks see it; <paramref name="Spent"/> is the annual realisasi (the quarters summed when entered).</summary>
public sealed record BudgetLineFacts(string Code, string? ParentCode, decimal? Ceiling, decimal? Spent);
