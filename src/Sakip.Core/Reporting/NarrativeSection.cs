namespace Sakip.Core.Reporting;

/// <summary>A section of the LKjIP whose text the unit writes (narasi.csv <c>bagian</c>).</summary>
public enum NarrativeSection
{
    /// <summary>kata_pengantar — Kata Pengantar.</summary>
    Foreword,

    /// <summary>latar_belakang — Bab I, latar belakang.</summary>
    Background,

    /// <summary>dasar_hukum — Bab I, landasan hukum (one per line).</summary>
    LegalBasis,

    /// <summary>tugas_fungsi — Bab I, tugas pokok dan fungsi.</summary>
    Duties,

    /// <summary>isu_strategis — Bab I, isu strategis / permasalahan utama.</summary>
    StrategicIssues,

    /// <summary>analisis_sasaran — Bab III, analysis of one sasaran (the narrative names it in <c>rencana</c>).</summary>
    ObjectiveAnalysis,

    /// <summary>penutup — Bab IV, kesimpulan and langkah ke depan.</summary>
    Closing,
}
