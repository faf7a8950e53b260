namespace Sakip.Core.Planning;

/// <summary>indikator.arah: which way is better.</summary>
public enum Direction
{
    /// <summary>naik — higher is better (the default).</summary>
    Increase,

    /// <summary>turun — lower is better.</summary>
    Decrease,

    /// <summary>stabil — stay within a range.</summary>
    Stable,
}
