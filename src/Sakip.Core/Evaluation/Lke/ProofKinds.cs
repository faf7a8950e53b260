namespace Sakip.Core.Evaluation.Lke;

/// <summary>The code of each <see cref="ProofKind"/> in a template file (<c>sumber_bukti</c>) and its name on screen.</summary>
public static class ProofKinds
{
    static readonly IReadOnlyList<(ProofKind Kind, string Code, string Label)> All =
    [
        (ProofKind.None, "", "Tidak ada (bukti diunggah)"),
        (ProofKind.Renstra, "renstra", "Renstra yang mencakup tahun ini"),
        (ProofKind.AnnualTargets, "target_tahunan", "Target tahunan indikator"),
        (ProofKind.Budget, "anggaran", "Anggaran yang dikaitkan dengan sasaran/indikator"),
        (ProofKind.IkuWithFormula, "iku_formula", "IKU dengan formula"),
        (ProofKind.SignedAgreement, "pk_ditandatangani", "Perjanjian Kinerja bertanggal tanda tangan"),
        (ProofKind.SubUnitAgreements, "pk_unit_bawahan", "Perjanjian Kinerja setiap unit di bawahnya"),
        (ProofKind.QuarterlyRealisation, "realisasi_triwulan", "Realisasi triwulanan yang diisi"),
        (ProofKind.ApprovedRealisation, "realisasi_disetujui", "Realisasi yang disetujui verifikator"),
        (ProofKind.PublishedReport, "lkjip_dipublikasikan", "LKjIP yang dipublikasikan"),
        (ProofKind.FollowUpDone, "tindak_lanjut_selesai", "Tindak lanjut rekomendasi evaluasi sebelumnya"),
    ];

    public static IEnumerable<ProofKind> Kinds => All.Select(k => k.Kind);

    public static string Code(ProofKind kind) => All.First(k => k.Kind == kind).Code;

    public static string Label(ProofKind kind) => All.First(k => k.Kind == kind).Label;

    /// <summary>The kind a code names (empty = <see cref="ProofKind.None"/>), or null when the code is unknown.</summary>
    public static ProofKind? Parse(string? code)
    {
        var text = (code ?? "").Trim();
        foreach (var (kind, known, _) in All)
        {
            if (string.Equals(known, text, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>The codes a template file accepts, for messages.</summary>
    public static string Describe() => string.Join(", ", All.Where(k => k.Code.Length > 0).Select(k => k.Code));
}
