using System.Runtime.InteropServices;
using Sakip.Core;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>Problems located at a record's origin and column, the way every package message is written.</summary>
static class Located
{
    public static Problem At(Origin? origin, string column, string message) =>
        new(origin is null ? column : $"{origin.File}:{origin.Line}:{column}", message);

    /// <summary>Reports every record whose key was already used by an earlier record.</summary>
    /// <remarks>The dictionary is sized up front: grown by doubling, it would copy a million keys about twenty times.</remarks>
    public static void Duplicates<T, TKey>(
        IEnumerable<T> records, Func<T, TKey> key, Func<T, Origin?> origin, string column, Func<TKey, string> describe, List<Problem> problems)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, Origin?>(records.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var record in records)
        {
            Check(first, key(record), origin(record), column, describe, problems);
        }
    }

    /// <summary>
    /// The same check for records whose key includes a group (an indicator) and that usually come group by group: each
    /// run of one group is checked in a small dictionary of its own.
    /// </summary>
    /// <remarks>
    /// One dictionary of a million keys misses the processor's cache on nearly every lookup; a run's few keys stay in it.
    /// Keys of different groups never collide, so a run holds every earlier record its keys can repeat, unless its group
    /// already had a run; then the records are checked the general way instead. Same problems, in the same order.
    /// </remarks>
    public static void Duplicates<T, TGroup, TKey>(
        IReadOnlyList<T> records, Func<T, TGroup> group, Func<T, TKey> key, Func<T, Origin?> origin, string column, Func<TKey, string> describe,
        List<Problem> problems)
        where TKey : notnull
    {
        var found = new List<Problem>();
        var run = new Dictionary<TKey, Origin?>();
        var ended = new HashSet<TGroup>();
        var previous = default(TGroup);
        for (var i = 0; i < records.Count; i++)
        {
            var current = group(records[i]);
            if (i > 0 && !EqualityComparer<TGroup>.Default.Equals(current, previous))
            {
                ended.Add(previous!);
                if (ended.Contains(current))
                {
                    Duplicates(records, key, origin, column, describe, problems);
                    return;
                }
                run.Clear();
            }
            previous = current;
            Check(run, key(records[i]), origin(records[i]), column, describe, found);
        }
        problems.AddRange(found);
    }

    static void Check<TKey>(Dictionary<TKey, Origin?> first, TKey key, Origin? origin, string column, Func<TKey, string> describe, List<Problem> problems)
        where TKey : notnull
    {
        ref var earlier = ref CollectionsMarshal.GetValueRefOrAddDefault(first, key, out var seen);
        if (seen)
        {
            var at = earlier is null ? "" : $" (sudah ada di baris {earlier.Line})";
            problems.Add(At(origin, column, $"{describe(key)} ganda{at}"));
        }
        else
        {
            earlier = origin;
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
            if (LoopsBackTo(code(record), parent(record), parents))
            {
                problems.Add(At(origin(record), "induk", $"induk melingkar: \"{code(record)}\" menjadi induk dari dirinya sendiri melalui rantai induk"));
            }
        }
    }

    /// <summary>True when the chain of parents starting at <paramref name="parent"/> reaches <paramref name="code"/>.</summary>
    /// <remarks>
    /// Real trees are a few levels deep, so the codes seen are only remembered past <see cref="ShallowDepth"/> steps,
    /// where they are needed to stop on a loop that does not pass through <paramref name="code"/>: a set per record
    /// made a large budget tree a hundred thousand sets.
    /// </remarks>
    static bool LoopsBackTo(string code, string? parent, Dictionary<string, string?> parents)
    {
        HashSet<string>? seen = null;
        var depth = 0;
        for (var current = parent; current is not null && parents.TryGetValue(current, out var next); current = next)
        {
            if (current == code)
            {
                return true;
            }
            if (++depth > ShallowDepth)
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal) { code };
                if (!seen.Add(current))
                {
                    return false;
                }
            }
        }
        return false;
    }

    const int ShallowDepth = 32;
}
