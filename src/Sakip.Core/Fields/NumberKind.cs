namespace Sakip.Core.Fields;

/// <summary>What a number measures, which sets its limits (<see cref="NumberRule"/>).</summary>
public enum NumberKind
{
    /// <summary>A target, realisation, component or score: any unit.</summary>
    Quantity,

    /// <summary>A budget amount in Rupiah (pagu, realisasi anggaran).</summary>
    Rupiah,
}
