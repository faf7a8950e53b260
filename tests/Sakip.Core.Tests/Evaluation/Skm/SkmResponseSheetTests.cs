using Sakip.Core.Evaluation.Skm;

namespace Sakip.Core.Tests.Evaluation.Skm;

public sealed class SkmResponseSheetTests
{
    [Theory]
    [InlineData("u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,3,3,4,3,3,4,3,4\n3,3,3,3,3,3,3,3,2\n")]
    [InlineData("\uFEFFU1;U2;U3;U4;U5;U6;U7;U8;U9\r\n4;3;3;4;3;3;4;3;4\r\n\r\n3;3;3;3;3;3;3;3;2")]
    public void Parse_reads_comma_or_semicolon_files_with_a_u1_to_u9_header(string text)
    {
        var rows = SkmResponseSheet.Parse(text, out var problems);

        problems.ShouldBeEmpty();
        rows.ShouldNotBeNull().Count.ShouldBe(2);
        rows[1].ShouldBe([3, 3, 3, 3, 3, 3, 3, 3, 2]);
    }

    public static TheoryData<string, string[]> Bad => new()
    {
        { "a,b\n1,2", ["baris 1: judul kolom harus u1,u2,u3,u4,u5,u6,u7,u8,u9"] },
        { "u1,u2,u3,u4,u5,u6,u7,u8,u9\n", ["baris 2: berkas tidak berisi jawaban responden"] },
        { "u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,3,3,4,3,3,4,3,4\n4,3,5,4,x,3,4,3,-1\n4,4", [
            "baris 3, kolom u3: jawaban harus 1, 2, 3 atau 4, tertulis \"5\"",
            "baris 3, kolom u5: jawaban harus 1, 2, 3 atau 4, tertulis \"x\"",
            "baris 3, kolom u9: jawaban harus 1, 2, 3 atau 4, tertulis \"-1\"",
            "baris 4: harus berisi 9 jawaban, tertulis 2"] },
        { "u1,u2,u3,u4,u5,u6,u7,u8,u9\n3.5,3,3,3,3,3,3,3,3", ["baris 2, kolom u1: jawaban harus 1, 2, 3 atau 4, tertulis \"3.5\""] },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Parse_refuses_the_whole_file_naming_row_and_column(string text, string[] expected)
    {
        var rows = SkmResponseSheet.Parse(text, out var problems);

        rows.ShouldBeNull();
        problems.Select(p => p.ToString()).ShouldBe(expected);
    }

    [Fact]
    public void Parse_refuses_more_rows_than_a_survey_needs()
    {
        var text = "u1,u2,u3,u4,u5,u6,u7,u8,u9\n" + string.Concat(Enumerable.Repeat("4,4,4,4,4,4,4,4,4\n", SkmResponseSheet.MaxRows + 1));

        SkmResponseSheet.Parse(text, out var problems).ShouldBeNull();

        problems.Single().Message.ShouldBe($"paling banyak {SkmResponseSheet.MaxRows} responden per berkas");
    }
}
