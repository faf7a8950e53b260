namespace Sakip.Core.Organisation;

/// <summary>The parent/child structure of units, for scoping (a unit and its descendants).</summary>
public sealed class UnitTree
{
    readonly Dictionary<string, List<string>> children = new(StringComparer.Ordinal);
    readonly Dictionary<string, string?> parents = new(StringComparer.Ordinal);

    public UnitTree(IEnumerable<Unit> units)
    {
        foreach (var unit in units)
        {
            parents[unit.Code] = unit.Parent;
        }
        foreach (var (code, parent) in parents)
        {
            if (parent is not null && parents.ContainsKey(parent))
            {
                Children(parent).Add(code);
            }
        }
    }

    public bool Contains(string code) => parents.ContainsKey(code);

    /// <summary>The unit itself and every unit below it. A cycle (rejected by validation) cannot loop forever.</summary>
    public IReadOnlySet<string> SelfAndDescendants(string code)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(code);
        while (pending.TryPop(out var current))
        {
            if (!found.Add(current))
            {
                continue;
            }
            foreach (var child in children.GetValueOrDefault(current) ?? [])
            {
                pending.Push(child);
            }
        }
        return found;
    }

    /// <summary>The chain from <paramref name="code"/> up to the root, or null when it loops.</summary>
    public IReadOnlyList<string>? Ancestry(string code)
    {
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = code; current is not null && parents.ContainsKey(current); current = parents[current])
        {
            if (!seen.Add(current))
            {
                return null;
            }
            chain.Add(current);
        }
        return chain;
    }

    List<string> Children(string parent)
    {
        if (!children.TryGetValue(parent, out var list))
        {
            list = [];
            children[parent] = list;
        }
        return list;
    }
}
