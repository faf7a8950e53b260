namespace Sakip.Packages.Csv;

/// <summary>One CSV record: the line it starts on, its fields, and whether reading it produced a problem.</summary>
public readonly record struct CsvRecord(int Line, IReadOnlyList<string> Fields, bool HasProblem);
