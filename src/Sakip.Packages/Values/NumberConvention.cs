namespace Sakip.Packages.Values;

/// <summary>How an ambiguous number such as <c>1.234</c> or <c>1,234</c> is read.</summary>
public enum NumberConvention
{
    /// <summary>Dot = decimal separator, comma = thousands (the package's canonical form).</summary>
    DecimalPoint,

    /// <summary>Dot = thousands separator, comma = decimal, as in Indonesian reports.</summary>
    Indonesian,
}
