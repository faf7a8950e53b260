namespace Sakip.Core.Agreements;

/// <summary>Whether an official signs as the holder of the post or in an acting capacity.</summary>
public enum ActingKind
{
    /// <summary>Definitif — the appointed holder.</summary>
    Definitive,

    /// <summary>Plt — pelaksana tugas.</summary>
    Plt,

    /// <summary>Plh — pelaksana harian.</summary>
    Plh,
}
