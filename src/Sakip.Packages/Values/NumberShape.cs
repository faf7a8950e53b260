namespace Sakip.Packages.Values;

/// <summary>What a number's separators say about the convention it was written in.</summary>
internal enum NumberShape
{
    /// <summary>Digits only: the same in both conventions.</summary>
    Integer,

    /// <summary>Only readable with a decimal point: <c>3.0885</c>, <c>1,234,567</c>, <c>1,234.5</c>.</summary>
    DecimalPoint,

    /// <summary>Only readable the Indonesian way: <c>6.099.177.000</c>, <c>3,0885</c>, <c>1.234,5</c>.</summary>
    Indonesian,

    /// <summary>One separator followed by exactly three digits: <c>1.234</c>, <c>1,234</c>.</summary>
    Ambiguous,
}
