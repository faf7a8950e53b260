namespace Sakip.Data.Exchange;

/// <summary>
/// What an import adds and changes, per package file. Nothing is deleted by an import, except the staff and facility
/// rows of a unit and year that the package's replace (counted as added).
/// </summary>
/// <param name="Locked">
/// Why the import was refused whole: it would change approved figures (<see cref="ImportLocks"/>), or its LKE answers name
/// a template or criterion that does not exist or would change a final evaluation (<see cref="LkeImportCheck"/>); nothing was imported.
/// </param>
public sealed record ImportSummary(IReadOnlyList<ImportCount> Files, IReadOnlyList<Core.Problems.Problem>? Locked = null)
{
    public bool Refused => Locked is { Count: > 0 };

    public int Added => Files.Sum(f => f.Added);
    public int Changed => Files.Sum(f => f.Changed);
}

/// <summary>The records of one package file: added, changed or already present unchanged.</summary>
public sealed record ImportCount(string File, int Added, int Changed, int Unchanged);
