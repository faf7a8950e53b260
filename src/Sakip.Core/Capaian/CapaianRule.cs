using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Core.Capaian;

/// <summary>Capaian (achievement %) of a realisation against a point or range target.</summary>
public static class CapaianRule
{
    static readonly NamedValue[] NoInputs = [];

    /// <remarks>
    /// Spec "Built-in rules": point naik R / T × 100; point turun (2T − R) / T × 100 floored at 0; point stabil is the
    /// range [T, T]. Range [a, b]: inside → 100; below a: naik/stabil R / a × 100, turun (2a − R) / a × 100; above b:
    /// naik R / b × 100, turun/stabil (2b − R) / b × 100 floored at 0. No target, no realisation or a zero divisor →
    /// no value (never 0). Capaian is not capped.
    /// </remarks>
    public static Explained<decimal?> Compute(TargetValue? target, decimal? actual, Direction direction)
    {
        if (target is null)
        {
            return Explained.None(Method(direction, false), "tidak ada target", NoInputs);
        }
        if (actual is not { } r)
        {
            return Explained.None(Method(direction, target.IsRange), "realisasi belum diisi", TargetInputs(target));
        }
        if (!target.IsRange && target.Min == 0)
        {
            // Spec: T = 0 → no value, for every direction; a stabil point 0 is not the range [0, 0] (which would give 100 at R = 0 only).
            return Explained.None(Method(direction, false), "target bernilai 0, capaian tidak dapat dihitung", PointInputs(target.Min, r));
        }
        if (target.IsRange || direction == Direction.Stable)
        {
            return ForRange(target.Min, target.Max ?? target.Min, r, direction);
        }
        return ForPoint(target.Min, r, direction);
    }

    static Explained<decimal?> ForPoint(decimal t, decimal r, Direction direction)
    {
        var method = Method(direction, false);
        var inputs = PointInputs(t, r);
        return direction == Direction.Decrease
            ? Floored(Explained.Compute((t, r), static s => (2 * s.t - s.r) / s.t * 100m, method, "(2 × {T} − {R}) / {T} × 100", inputs))
            : Explained.Compute((r, t), static s => s.r / s.t * 100m, method, "{R} / {T} × 100", inputs);
    }

    static Explained<decimal?> ForRange(decimal a, decimal b, decimal r, Direction direction)
    {
        var method = Method(direction, true);
        if (r >= a && r <= b)
        {
            NamedValue[] inside = [new("R", r, "Realisasi"), new("a", a, "Target minimum"), new("b", b, "Target maksimum")];
            return new Explained<decimal?>(100m, method, "100", inside, "realisasi berada dalam rentang target");
        }
        if (r < a)
        {
            NamedValue[] below = [new("R", r, "Realisasi"), new("a", a, "Target minimum")];
            if (a == 0)
            {
                return Explained.None(method, "batas bawah target bernilai 0, capaian tidak dapat dihitung", below);
            }
            return direction == Direction.Decrease
                ? Explained.Compute((a, r), static s => (2 * s.a - s.r) / s.a * 100m, method, "(2 × {a} − {R}) / {a} × 100", below)
                : Explained.Compute((r, a), static s => s.r / s.a * 100m, method, "{R} / {a} × 100", below);
        }
        NamedValue[] above = [new("R", r, "Realisasi"), new("b", b, "Target maksimum")];
        if (b == 0)
        {
            return Explained.None(method, "batas atas target bernilai 0, capaian tidak dapat dihitung", above);
        }
        return direction == Direction.Increase
            ? Explained.Compute((r, b), static s => s.r / s.b * 100m, method, "{R} / {b} × 100", above)
            : Floored(Explained.Compute((b, r), static s => (2 * s.b - s.r) / s.b * 100m, method, "(2 × {b} − {R}) / {b} × 100", above));
    }

    static Explained<decimal?> Floored(Explained<decimal?> computed) =>
        computed is { Value: < 0 } ? computed with { Value = 0m, Note = "hasil negatif dibulatkan ke 0 (batas bawah capaian)" } : computed;

    static string Method(Direction direction, bool range) => (direction, range) switch
    {
        (Direction.Increase, false) => "Capaian indikator naik (semakin tinggi semakin baik)",
        (Direction.Increase, true) => "Capaian indikator naik terhadap target rentang",
        (Direction.Decrease, false) => "Capaian indikator turun (semakin rendah semakin baik)",
        (Direction.Decrease, true) => "Capaian indikator turun terhadap target rentang",
        (Direction.Stable, _) => "Capaian indikator stabil (tetap dalam rentang target)",
    };

    static NamedValue[] PointInputs(decimal t, decimal r) => [new("R", r, "Realisasi"), new("T", t, "Target")];

    static NamedValue[] TargetInputs(TargetValue target) => target.Max is { } max
        ? [new("a", target.Min, "Target minimum"), new("b", max, "Target maksimum")]
        : [new("T", target.Min, "Target")];
}
