using System.Globalization;

namespace Sakip.Packages.Values;

/// <summary>
/// Recognises the number forms of spec "Values": an optional sign, an optional <c>Rp</c>, digits
/// with dots and commas, an optional <c>%</c>, and optional qualifiers after the number
/// (<c>(peringkat 4)</c>, <c>*)</c>).
/// </summary>
internal static class NumberSyntax
{
    public static NumberToken? Parse(ReadOnlySpan<char> text)
    {
        var s = text.Trim();
        var i = 0;
        var negative = ReadSign(s, ref i);
        if (s[i..].StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            i += 2;
            if (i < s.Length && s[i] == '.')
            {
                i++;
            }

            SkipWhiteSpace(s, ref i);
            negative |= ReadSign(s, ref i);
        }

        var start = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or ','))
        {
            i++;
        }

        var core = s[start..i];
        if (core.Length > 1 && core[^1] == ',' && i < s.Length && s[i] == '-')
        {
            // "Rp 1.500.000,-": the Indonesian way of writing "no cents".
            core = core[..^1];
            i++;
        }

        SkipWhiteSpace(s, ref i);
        if (i < s.Length && s[i] == '%')
        {
            i++;
        }

        var rest = s[i..].Trim();
        if (core.IsEmpty || Classify(core) is not { } shape || (!rest.IsEmpty && !IsQualifier(rest)))
        {
            return null;
        }

        return new NumberToken(negative, start..(start + core.Length), shape, Qualified: !rest.IsEmpty);
    }

    /// <summary>
    /// Decides from the separators alone which convention a number is written in; null when it is
    /// not a well-formed number (misplaced groups, two decimal separators, trailing separator).
    /// </summary>
    public static NumberShape? Classify(ReadOnlySpan<char> core)
    {
        if (!char.IsAsciiDigit(core[^1]))
        {
            return null;
        }

        var dots = core.Count('.');
        var commas = core.Count(',');
        if (dots == 0 && commas == 0)
        {
            return NumberShape.Integer;
        }

        if (dots > 0 && commas > 0)
        {
            // Both appear: the last one is the decimal separator, the other groups thousands.
            var separator = core.LastIndexOf('.') > core.LastIndexOf(',') ? '.' : ',';
            var at = core.LastIndexOf(separator);
            var valid = core.Count(separator) == 1 && IsGrouped(core[..at], separator == '.' ? ',' : '.');
            return !valid ? null : separator == ',' ? NumberShape.Indonesian : NumberShape.DecimalPoint;
        }

        var mark = dots > 0 ? '.' : ',';
        if (dots + commas > 1)
        {
            // Several of one mark can only be thousands groups: 6.099.177.000 or 6,099,177,000.
            return !IsGrouped(core, mark) ? null : mark == '.' ? NumberShape.Indonesian : NumberShape.DecimalPoint;
        }

        var whole = core[..core.IndexOf(mark)];
        var fraction = core[(core.IndexOf(mark) + 1)..];
        if (fraction.Length == 3 && whole.Length is >= 1 and <= 3 && whole[0] != '0')
        {
            return NumberShape.Ambiguous;
        }

        return mark == ',' ? NumberShape.Indonesian : NumberShape.DecimalPoint;
    }

    /// <summary>The decimal the token parsed from <paramref name="text"/> denotes, keeping the decimals as written; null on overflow.</summary>
    public static decimal? ToDecimal(ReadOnlySpan<char> text, NumberToken token, NumberConvention convention)
    {
        var core = text.Trim()[token.Core];
        var decimalMark = token.Shape switch
        {
            NumberShape.Integer => (char?)null,
            NumberShape.Indonesian => ',',
            NumberShape.DecimalPoint => '.',
            NumberShape.Ambiguous => convention == NumberConvention.Indonesian ? ',' : '.',
        };

        var size = core.Length + 1;
        Span<char> canonical = size <= 128 ? stackalloc char[size] : new char[size];
        var length = 0;
        if (token.Negative)
        {
            canonical[length++] = '-';
        }

        foreach (var c in core)
        {
            if (char.IsAsciiDigit(c))
            {
                canonical[length++] = c;
            }
            else if (c == decimalMark)
            {
                canonical[length++] = '.';
            }
        }

        if (Exact(canonical[..length]) is { } exact)
        {
            return exact;
        }

        // decimal keeps the scale of its text: "100.00" parses to 100.00 with Scale 2.
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(canonical[..length], style, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// A canonical number (<c>-123.40</c>) of at most 18 digits, built from its digits and scale: the same bits as
    /// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/> gives
    /// (scale as written, the sign of a negative zero kept), without its general parsing on every cell of a large file.
    /// </summary>
    private static decimal? Exact(ReadOnlySpan<char> canonical)
    {
        var negative = canonical.Length > 0 && canonical[0] == '-';
        ulong digits = 0;
        var count = 0;
        var point = false;
        byte scale = 0;
        foreach (var c in canonical[(negative ? 1 : 0)..])
        {
            if (c == '.')
            {
                if (point)
                {
                    return null;
                }

                point = true;
                continue;
            }

            if (++count > 18)
            {
                return null;
            }

            digits = (digits * 10) + (ulong)(c - '0');
            scale += point ? (byte)1 : (byte)0;
        }

        return count == 0 ? null : new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, scale);
    }

    /// <summary>Thousands groups: 1–3 digits (not starting with 0), then groups of exactly 3 digits.</summary>
    private static bool IsGrouped(ReadOnlySpan<char> digits, char separator)
    {
        var first = true;
        foreach (var range in digits.Split(separator))
        {
            var group = digits[range];
            var validLength = first ? group.Length is >= 1 and <= 3 && group[0] != '0' : group.Length == 3;
            if (!validLength || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Text after a number that leaves it a number: <c>(…)</c> groups and footnote stars such as <c>*)</c>.</summary>
    private static bool IsQualifier(ReadOnlySpan<char> rest)
    {
        var i = 0;
        while (true)
        {
            SkipWhiteSpace(rest, ref i);
            if (i == rest.Length)
            {
                return true;
            }

            if (rest[i] == '(')
            {
                var close = rest[i..].IndexOf(')');
                if (close < 0)
                {
                    return false;
                }

                i += close + 1;
            }
            else if (rest[i] == '*')
            {
                while (i < rest.Length && rest[i] == '*')
                {
                    i++;
                }

                if (i < rest.Length && rest[i] == ')')
                {
                    i++;
                }
            }
            else
            {
                return false;
            }
        }
    }

    /// <summary>Reads a sign; the minus sign U+2212 counts, since Word and Excel produce it.</summary>
    private static bool ReadSign(ReadOnlySpan<char> s, ref int i)
    {
        if (i >= s.Length || s[i] is not ('-' or '+' or '\u2212'))
        {
            return false;
        }

        var negative = s[i] != '+';
        i++;
        SkipWhiteSpace(s, ref i);
        return negative;
    }

    private static void SkipWhiteSpace(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }
}
