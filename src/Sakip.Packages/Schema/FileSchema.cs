namespace Sakip.Packages.Schema;

/// <summary>The columns of one package file (spec "Files"): which are required, in the order they are written.</summary>
/// <param name="Numeric">Columns holding numbers; their cells decide the file's number convention.</param>
/// <param name="Added">
/// Optional columns added after the first release, which the writer leaves out when no record has a value in them, so
/// data without them is written exactly as before and a reader of the first release sees no unknown column.
/// </param>
/// <param name="IsAdded">An optional file added after the first release: written only when it has records, for the same reason.</param>
public sealed record FileSchema(
    string Name,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> Required,
    IReadOnlyList<string> Numeric,
    IReadOnlyList<string>? Added = null,
    bool IsAdded = false)
{
    public string FileName => Name + ".csv";

    public bool Knows(string column) => Columns.Contains(column.Trim(), StringComparer.OrdinalIgnoreCase);
}
