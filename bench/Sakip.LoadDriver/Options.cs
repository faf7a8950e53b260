using System.Globalization;

namespace Sakip.LoadDriver;

/// <summary>The <c>--name value</c> pairs of the command line.</summary>
sealed class Options
{
    readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !e.MoveNext())
            {
                throw new ArgumentException($"Expected '--name value' pairs, got '{name}'.");
            }
            options.values[name] = e.Current;
        }
        return options;
    }

    public string Required(string name) =>
        values.GetValueOrDefault("--" + name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) =>
        values.TryGetValue("--" + name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public int? OptionalInt(string name) =>
        values.TryGetValue("--" + name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;

    public string Text(string name, string fallback) => values.GetValueOrDefault("--" + name) ?? fallback;

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback) =>
        values.TryGetValue("--" + name, out var v) ? [.. v.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : fallback;
}
