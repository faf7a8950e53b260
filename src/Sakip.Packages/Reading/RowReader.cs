using System.Globalization;
using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Packages.Tables;
using Sakip.Packages.Values;

namespace Sakip.Packages.Reading;

/// <summary>Reads the cells of one row into typed values, recording a located problem for every cell it cannot read.</summary>
sealed class RowReader(Table table, TableRow row, NumberConvention convention, List<Problem> problems)
{
    public Origin Origin => new(table.Source, row.Line);

    public int ProblemCount => problems.Count;

    /// <summary>The trimmed cell, or null when the cell is empty or the column absent.</summary>
    public string? Text(string column) => table.Cell(row, column) is { } cell && cell.Trim() is { Length: > 0 } text ? text : null;

    public string RequiredText(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            Fail(column, "wajib diisi");
        }
        return text ?? "";
    }

    /// <summary>A number; empty, <c>-</c>, <c>NA</c> and <c>N/A</c> are no value (never zero).</summary>
    public decimal? Number(string column) => Quantity(column).Value;

    /// <summary>A number that may carry printed text, e.g. <c>66 (peringkat 4)</c> → 66 and the original text.</summary>
    public (decimal? Value, string? Text) Quantity(string column)
    {
        if (Text(column) is not { } cell)
        {
            return (null, null);
        }
        var read = NumberReader.Read(cell, convention);
        if (read.Problem is { } problem)
        {
            Fail(column, problem);
        }
        return (read.Value, read.Text);
    }

    public int? Year(string column, bool required = true)
    {
        if (Text(column) is not { } cell)
        {
            if (required)
            {
                Fail(column, "wajib diisi");
            }
            return null;
        }
        var read = YearReader.Read(cell);
        if (read.Problem is { } problem)
        {
            Fail(column, problem);
        }
        else if (read.Value is null && required)
        {
            // "-" or "NA" is no value: a required year given so is as missing as an empty cell.
            Fail(column, "wajib diisi");
        }
        return read.Value;
    }

    public int? Integer(string column)
    {
        if (Text(column) is not { } cell)
        {
            return null;
        }
        var read = IntegerReader.Read(cell);
        if (read.Problem is { } problem)
        {
            Fail(column, problem);
        }
        return read.Value;
    }

    /// <summary>A package code such as <c>naik</c>; empty gives <paramref name="fallback"/>, or a problem when required.</summary>
    public TEnum? Code<TEnum>(string column, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (Text(column) is not { } cell)
        {
            if (fallback is null)
            {
                Fail(column, "wajib diisi");
            }
            return fallback;
        }
        var value = Codes.Parse<TEnum>(cell);
        if (value is null)
        {
            Fail(column, $"nilai \"{cell}\" tidak dikenal; gunakan salah satu: {string.Join(", ", Codes.All<TEnum>())}");
        }
        return value;
    }

    /// <summary>A yes/no flag such as <c>iku</c>: <c>ya</c> is true; empty and <c>tidak</c> are false.</summary>
    public bool Flag(string column)
    {
        switch (Text(column)?.ToLowerInvariant())
        {
            case null or "tidak" or "t" or "no" or "false" or "0":
                return false;
            case "ya" or "y" or "yes" or "true" or "1":
                return true;
            default:
                Fail(column, $"nilai \"{Text(column)}\" tidak dikenal; gunakan ya atau tidak");
                return false;
        }
    }

    public void Fail(string column, string message) => problems.Add(new Problem(Where(column), message));

    public string Where(string column) =>
        string.Create(CultureInfo.InvariantCulture, $"{table.Source}:{row.Line}:{column}");
}
