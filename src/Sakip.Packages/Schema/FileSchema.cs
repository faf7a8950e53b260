namespace Sakip.Packages.Schema;

/// <summary>The columns of one package file (spec "Files"): which are required, in the order they are written.</summary>
/// <param name="Numeric">Columns holding numbers; their cells decide the file's number convention.</param>
public sealed record FileSchema(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Required, IReadOnlyList<string> Numeric)
{
    public string FileName => Name + ".csv";

    public bool Knows(string column) => Columns.Contains(column.Trim(), StringComparer.OrdinalIgnoreCase);
}
