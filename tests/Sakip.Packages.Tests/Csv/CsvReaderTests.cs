using Sakip.Packages.Csv;

namespace Sakip.Packages.Tests.Csv;

public sealed class CsvReaderTests
{
    public static TheoryData<string, string[]> Records => new()
    {
        { "a,b\n1,2\n", ["1:a|b", "2:1|2"] },
        { "a,b\r\n1,2\r\n", ["1:a|b", "2:1|2"] },
        { "a,b\r1,2\r", ["1:a|b", "2:1|2"] },
        { "a,b\n1,2", ["1:a|b", "2:1|2"] },
        { "a,b,\n1,,", ["1:a|b|", "2:1||"] },
        { "\"a,b\",\"say \"\"hi\"\"\"\n", ["1:a,b|say \"hi\""] },
        { "\"\",x\n", ["1:|x"] },
        { "\"multi\nline\",x\nnext,y\n", ["1:multi\nline|x", "3:next|y"] },
        { "\"crlf\r\ninside\r\n\",x\r\nnext,y\r\n", ["1:crlf\r\ninside\r\n|x", "4:next|y"] },
        { "\"cr\rinside\",x\rnext,y\r", ["1:cr\rinside|x", "3:next|y"] },
        { "\"a\"\"\n\"\"b\",x\nnext,y\n", ["1:a\"\n\"b|x", "3:next|y"] },
        { "\uFEFFkode,nama\n", ["1:kode|nama"] },
        { "a\n\nb\n", ["1:a", "2:", "3:b"] },
        { " a , b \n", ["1: a | b "] },
    };

    [Theory, MemberData(nameof(Records))]
    public void TryRead_splits_records_and_numbers_their_lines(string text, string[] expected)
    {
        var records = CsvInput.Records(text);

        records.Select(r => $"{r.Line}:{string.Join('|', r.Fields)}").ShouldBe(expected);
    }

    [Fact]
    public void TryRead_flags_a_record_with_a_problem_and_keeps_reading()
    {
        using var reader = new CsvReader(new MemoryStream("a,b\n1,x\"y\n2,3\n"u8.ToArray()), "t.csv");
        var records = new List<CsvRecord>();
        while (reader.TryRead(out var record))
        {
            records.Add(record);
        }

        records.Select(r => r.HasProblem).ShouldBe([false, true, false]);
        records[2].Fields.ShouldBe(["2", "3"]);
        reader.Problems.Count.ShouldBe(1);
    }

    [Fact]
    public void TryRead_returns_false_on_an_empty_stream()
    {
        using var reader = new CsvReader(new MemoryStream([]), "t.csv");

        reader.TryRead(out _).ShouldBeFalse();
        reader.Problems.ShouldBeEmpty();
    }
}
