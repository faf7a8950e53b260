namespace Sakip.Core.Workflow.Quality;

/// <summary>An indicator as the data-quality checks see it.</summary>
/// <param name="IsRatio">The indicator is computed from pembilang and penyebut (both defined).</param>
/// <param name="EvidenceRequired">Bukti dukung wajib: its realisations and target bases are not submitted without a file.</param>
public sealed record QualityIndicator(string Code, string Name, string? Measure, bool IsRatio, bool EvidenceRequired);
