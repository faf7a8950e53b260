namespace Sakip.Core.Measurement;

/// <summary>target.jenis.</summary>
public enum TargetKind
{
    /// <summary>awal — the baseline (kondisi awal).</summary>
    Baseline,

    /// <summary>renstra — the Renstra target for that year.</summary>
    Renstra,

    /// <summary>pk — the Perjanjian Kinerja target.</summary>
    Agreement,

    /// <summary>tw1 — the Rencana Aksi target of the first quarter.</summary>
    Q1,

    Q2,
    Q3,
    Q4,
}
