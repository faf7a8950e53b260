namespace Sakip.Packages.Schema;

/// <summary>The columns of one package file (spec "Files"): which are required, in the order they are written.</summary>
public sealed record FileSchema(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Required)
{
    public string FileName => Name + ".csv";

    public bool Knows(string column) => Columns.Contains(column.Trim(), StringComparer.OrdinalIgnoreCase);
}
