namespace Sakip.Benchmarks.Generation;

/// <summary>Random values as a report would print them: decimals with at most two places, whole rupiah.</summary>
static class Draw
{
    /// <summary>A value in [min, max] with two decimals.</summary>
    public static decimal Between(Random random, decimal min, decimal max) =>
        random.Next((int)(min * 100), (int)(max * 100) + 1) / 100m;

    public static decimal Scaled(Random random, decimal value, decimal minFactor, decimal maxFactor) =>
        Math.Round(value * Between(random, minFactor, maxFactor), 2, MidpointRounding.AwayFromZero);

    public static bool Chance(Random random, int percent) => random.Next(100) < percent;

    public static T OneOf<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
