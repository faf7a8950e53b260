using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sakip.Data;

/// <summary>
/// Stores a decimal as its invariant text with its scale, so <c>100.00</c> comes back as 100.00. EF's SQLite
/// provider would write <c>100.0</c>, and the number of decimals a figure was printed with is what review compares at.
/// </summary>
public sealed class ScalePreservingDecimalConverter() : ValueConverter<decimal, string>(
    value => value.ToString(CultureInfo.InvariantCulture),
    text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));
