namespace Sakip.Core.Workflow.Quality;

/// <summary>A realisation of an earlier year, the history a new realisation is compared with.</summary>
public sealed record YearValue(int Year, decimal Value);
