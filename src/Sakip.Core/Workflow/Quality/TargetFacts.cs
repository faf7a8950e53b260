namespace Sakip.Core.Workflow.Quality;

/// <summary>A target that is set, and whether the file that is its basis (bukti dukung target) is attached.</summary>
/// <param name="Target">Which target, as shown: "target PK 2024", "target Triwulan II 2024".</param>
public sealed record TargetFacts(QualityIndicator Indicator, string Target, bool HasEvidence);
