namespace Sakip.Core.Measurement;

/// <summary>A target as a number: a point (<see cref="Max"/> null) or a range [<see cref="Min"/>, <see cref="Max"/>].</summary>
public sealed record TargetValue
{
    TargetValue(decimal min, decimal? max)
    {
        Min = min;
        Max = max;
    }

    public decimal Min { get; }

    public decimal? Max { get; }

    public bool IsRange => Max is not null;

    public static TargetValue Point(decimal value) => new(value, null);

    /// <remarks>A range with min &gt; max is a data error that validation reports; building one is a programming error.</remarks>
    public static TargetValue Range(decimal min, decimal max) =>
        min <= max ? new(min, max) : throw new ArgumentException($"Range minimum {min} exceeds maximum {max}.", nameof(min));

    public static TargetValue Of(decimal min, decimal? max) => max is { } m ? Range(min, m) : Point(min);
}
