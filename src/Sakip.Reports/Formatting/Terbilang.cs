namespace Sakip.Reports.Formatting;

/// <summary>
/// An amount in Indonesian words, as a PK writes its budget total: 6.099.177.000 → "enam miliar sembilan puluh sembilan
/// juta seratus tujuh puluh tujuh ribu rupiah"; sen, when any, follow: "… rupiah lima puluh sen".
/// </summary>
public static class Terbilang
{
    static readonly string[] Ones =
        ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    static readonly (decimal Size, string Name)[] Scales =
        [(1_000_000_000_000_000m, "kuadriliun"), (1_000_000_000_000m, "triliun"), (1_000_000_000m, "miliar"), (1_000_000m, "juta")];

    /// <summary>The words for a whole number of at most 999 kuadriliun (the Rupiah bound of <c>NumberRule</c> is below it).</summary>
    public static string Words(decimal number)
    {
        var whole = decimal.Truncate(Math.Abs(number));
        if (whole >= 1_000_000_000_000_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Too large to write in words.");
        }
        var words = whole == 0 ? "nol" : string.Join(' ', Group(whole).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return number < 0 ? "minus " + words : words;
    }

    /// <summary>"enam miliar … rupiah", with sen when the amount has them.</summary>
    public static string Rupiah(decimal amount)
    {
        var sen = (int)Math.Round((Math.Abs(amount) - decimal.Truncate(Math.Abs(amount))) * 100, MidpointRounding.AwayFromZero);
        var text = Words(amount) + " rupiah";
        return sen == 0 ? text : $"{text} {Words(sen)} sen";
    }

    static string Group(decimal n)
    {
        foreach (var (size, name) in Scales)
        {
            if (n >= size)
            {
                return Group(decimal.Truncate(n / size)) + " " + name + " " + Group(n % size);
            }
        }
        return Below1Million((int)n);
    }

    static string Below1Million(int n) => n switch
    {
        >= 2000 => Below1000(n / 1000) + " ribu " + Below1000(n % 1000),
        >= 1000 => "seribu " + Below1000(n - 1000),
        _ => Below1000(n),
    };

    static string Below1000(int n) => n switch
    {
        >= 200 => Ones[n / 100] + " ratus " + Below100(n % 100),
        >= 100 => "seratus " + Below100(n - 100),
        _ => Below100(n),
    };

    static string Below100(int n) => n switch
    {
        < 12 => Ones[n],
        < 20 => Ones[n - 10] + " belas",
        _ => (Ones[n / 10] + " puluh " + Ones[n % 10]).TrimEnd(),
    };
}
