namespace Sakip.Core.Measurement;

/// <summary>komponen.komponen.</summary>
public enum ComponentKind
{
    /// <summary>pembilang.</summary>
    Numerator,

    /// <summary>penyebut.</summary>
    Denominator,
}
