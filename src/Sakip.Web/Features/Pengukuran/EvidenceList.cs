namespace Sakip.Web.Features.Pengukuran;

/// <summary>The model of <c>_EvidenceList</c>: the files of one owner and whether the user may remove or replace them.</summary>
/// <param name="Subject">What the files are evidence of, for the labels ("realisasi", "target", "Perjanjian Kinerja").</param>
public sealed record EvidenceList(IReadOnlyList<EvidenceRow> Files, bool CanEdit, string Subject);
