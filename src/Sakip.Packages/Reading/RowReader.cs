using System.Globalization;
using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Packages.Tables;
using Sakip.Packages.Values;

namespace Sakip.Packages.Reading;

/// <summary>Reads the cells of one row into typed values, recording a located problem for every cell it cannot read.</summary>
/// <remarks>
/// One reader walks every row of a table (<see cref="MoveTo"/>) and reads the cells in place, so a large
/// table costs no string per cell; the text a record keeps is shared between rows (<see cref="CellStrings"/>).
/// </remarks>
sealed class RowReader(Table table, NumberConvention convention, List<Problem> problems)
{
    readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    readonly CellStrings strings = new();
    readonly List<Problem> found = [];
    int row;
    int errors;
    int errorsBeforeRow;

    /// <summary>Reads the data row at <paramref name="index"/> (0-based) from now on.</summary>
    public void MoveTo(int index) => (row, errorsBeforeRow) = (index, errors);

    public Origin Origin => new(table.Source, table.LineOf(row));

    public int ProblemCount => problems.Count;

    /// <summary>The errors recorded so far; a row with a new error yields no record, a row with only warnings does.</summary>
    public int ErrorCount => errors;

    /// <summary>
    /// Applies a Core record rule (<see cref="Core.Fields.RecordRules"/>) to the record just read, each problem located at
    /// this row and the column the rule names; returns the record.
    /// </summary>
    /// <remarks>A row that already has an error holds placeholders (year 0 for a missing year); the rule is not applied to them.</remarks>
    public T Checked<T>(T record, Action<T, List<Problem>> rule)
    {
        if (errors != errorsBeforeRow)
        {
            return record;
        }
        found.Clear();
        rule(record, found);
        foreach (var problem in found)
        {
            Add(problem with { Field = Where(problem.Field) });
        }
        return record;
    }

    void Add(Problem problem)
    {
        problems.Add(problem);
        if (problem.IsError)
        {
            errors++;
        }
    }

    /// <summary>The trimmed cell, or null when the cell is empty or the column absent.</summary>
    public string? Text(string column) => Cell(column) is { IsEmpty: false } cell ? strings.Get(cell) : null;

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
        var cell = Cell(column);
        if (cell.IsEmpty)
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
        var cell = Cell(column);
        if (cell.IsEmpty)
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

    /// <summary>A number the record cannot do without (a count, an amount): empty, <c>-</c> or <c>NA</c> is "wajib diisi".</summary>
    public decimal? RequiredNumber(string column)
    {
        var before = errors;
        var value = Number(column);
        if (value is null && errors == before)
        {
            Fail(column, "wajib diisi");
        }
        return value;
    }

    /// <summary>A whole number the record cannot do without, e.g. <c>jumlah</c> pegawai.</summary>
    public int? RequiredInteger(string column)
    {
        var before = errors;
        var value = Integer(column);
        if (value is null && errors == before)
        {
            Fail(column, "wajib diisi");
        }
        return value;
    }

    /// <summary>A package code such as <c>naik</c>; empty gives <paramref name="fallback"/>, or a problem when required.</summary>
    public TEnum? Code<TEnum>(string column, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        var cell = Cell(column);
        if (cell.IsEmpty)
        {
            if (fallback is null)
            {
                Fail(column, "wajib diisi");
            }
            return fallback;
        }
        var value = CodeLookup<TEnum>.Parse(cell);
        if (value is null)
        {
            Fail(column, $"nilai \"{cell}\" tidak dikenal; gunakan salah satu: {string.Join(", ", Codes.All<TEnum>())}");
        }
        return value;
    }

    /// <summary>A date written as ISO <c>yyyy-MM-dd</c> (<c>2021-02-28</c>); empty is no date.</summary>
    /// <remarks>One unambiguous form: <c>01/02/2021</c> is 1 February in Indonesia and 2 January in a US spreadsheet.</remarks>
    public DateOnly? Date(string column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Fail(column, $"tanggal \"{text}\" tidak dapat dibaca; tulis tahun-bulan-tanggal, mis. 2021-02-28");
        return null;
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

    public void Fail(string column, string message) => Add(new Problem(Where(column), message));

    public string Where(string column) =>
        string.Create(CultureInfo.InvariantCulture, $"{table.Source}:{table.LineOf(row)}:{column}");

    /// <summary>The trimmed cell in place; empty when the cell is empty or the column absent.</summary>
    ReadOnlySpan<char> Cell(string column)
    {
        // Mappers name the same few columns on every row; the header's case-insensitive, trimming lookup is done once per name.
        if (!columns.TryGetValue(column, out var index))
        {
            index = table.Header.IndexOf(column);
            columns[column] = index;
        }
        return index < 0 ? default : table.CellText(row, index).Trim();
    }
}
