namespace Sakip.Data.Exchange;

/// <summary>What an import adds and changes, per package file. Nothing is ever deleted by an import.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportCount> Files)
{
    public int Added => Files.Sum(f => f.Added);
    public int Changed => Files.Sum(f => f.Changed);
}

/// <summary>The records of one package file: added, changed or already present unchanged.</summary>
public sealed record ImportCount(string File, int Added, int Changed, int Unchanged);
