using Sakip.Packages.Tests.Builders;

namespace Sakip.Packages.Tests.Writing;

/// <summary>
/// indikator.csv's optional <c>bukti_wajib</c> (issue #10): read as ya/tidak (empty = tidak), written only when an
/// indicator uses it, the same in a CSV folder, a ZIP and a workbook; packages without it read as before.
/// </summary>
public sealed class EvidenceRequiredColumnTests
{
    static PackageFolder WithFlags(params string[] flags) => PackageFolder.Minimal()
        .With("indikator.csv", ["kode,rencana,uraian,bukti_wajib", .. flags.Select((f, i) => $"IKU{i + 1},S1,Indikator {i + 1},{f}")]);

    [Theory]
    [InlineData("paket")]
    [InlineData("paket.xlsx")]
    [InlineData("paket.zip")]
    public void Bukti_wajib_reads_back_equal_after_writing(string target)
    {
        using var source = WithFlags("ya", "", "tidak");
        var original = source.Read().Data!;
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf(target);

        PackageReadResult result;
        if (target.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var zip = new MemoryStream();
            PackageWriter.WriteZip(original, zip);
            zip.Position = 0;
            result = PackageReader.ReadZip(zip, target);
        }
        else
        {
            PackageWriter.Write(original, path);
            result = PackageReader.Read(path);
        }

        result.Messages().ShouldBeEmpty();
        result.Data!.Indicators.Select(i => i.EvidenceRequired).ShouldBe([true, false, false]);
        result.Data.WithoutOrigins().Equals(original.WithoutOrigins()).ShouldBeTrue();
    }

    [Fact]
    public void The_column_is_written_only_when_an_indicator_requires_evidence()
    {
        using var without = PackageFolder.Minimal();
        using var with = WithFlags("ya");
        using var folder = PackageFolder.Empty();

        PackageWriter.Write(without.Read().Data!, folder.PathOf("lama"));
        PackageWriter.Write(with.Read().Data!, folder.PathOf("baru"));

        File.ReadLines(Path.Combine(folder.PathOf("lama"), "indikator.csv")).First().ShouldNotContain("bukti_wajib");
        File.ReadLines(Path.Combine(folder.PathOf("baru"), "indikator.csv")).First().ShouldEndWith(",bukti_wajib");
    }

    [Fact]
    public void A_package_without_the_column_requires_no_evidence()
    {
        using var old = PackageFolder.Minimal();

        var result = old.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Indicators.ShouldAllBe(i => !i.EvidenceRequired);
    }

    [Fact]
    public void An_unknown_bukti_wajib_is_an_error_naming_file_row_and_column()
    {
        using var source = WithFlags("mungkin");

        var result = source.Read();

        result.Messages().ShouldContain(m => m.Contains("indikator.csv:2:bukti_wajib", StringComparison.Ordinal) && m.Contains("ya atau tidak", StringComparison.Ordinal));
    }
}
