using Sakip.Core;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>Problems located at a record's origin and column, the way every package message is written.</summary>
static class Located
{
    public static Problem At(Origin? origin, string column, string message) =>
        new(origin is null ? column : $"{origin.File}:{origin.Line}:{column}", message);

    /// <summary>Reports every record whose key was already used by an earlier record.</summary>
    public static void Duplicates<T, TKey>(
        IEnumerable<T> records, Func<T, TKey> key, Func<T, Origin?> origin, string column, Func<TKey, string> describe, List<Problem> problems)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, Origin?>();
        foreach (var record in records)
        {
            var k = key(record);
            if (first.TryGetValue(k, out var earlier))
            {
                var at = earlier is null ? "" : $" (sudah ada di baris {earlier.Line})";
                problems.Add(At(origin(record), column, $"{describe(k)} ganda{at}"));
            }
            else
            {
                first[k] = origin(record);
            }
        }
    }

    /// <summary>Reports every record whose reference is not empty and not one of the known codes.</summary>
    public static void References<T>(
        IEnumerable<T> records, Func<T, string?> reference, IReadOnlySet<string> known, Func<T, Origin?> origin, string column, string target, List<Problem> problems)
    {
        foreach (var record in records)
        {
            if (reference(record) is { } code && !known.Contains(code))
            {
                problems.Add(At(origin(record), column, $"{target} \"{code}\" tidak ditemukan"));
            }
        }
    }

    /// <summary>Reports every record whose chain of parents loops back to itself (a circular induk).</summary>
    public static void Cycles<T>(IReadOnlyList<T> records, Func<T, string> code, Func<T, string?> parent, Func<T, Origin?> origin, List<Problem> problems)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            parents.TryAdd(code(record), parent(record));
        }
        foreach (var record in records)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { code(record) };
            for (var current = parent(record); current is not null && parents.TryGetValue(current, out var next); current = next)
            {
                if (current == code(record))
                {
                    problems.Add(At(origin(record), "induk", $"induk melingkar: \"{code(record)}\" menjadi induk dari dirinya sendiri melalui rantai induk"));
                    break;
                }
                if (!seen.Add(current))
                {
                    break;
                }
            }
        }
    }
}
