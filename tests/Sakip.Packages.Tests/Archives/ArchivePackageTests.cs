using System.IO.Compression;
using System.Text;
using Sakip.Packages.Archives;

namespace Sakip.Packages.Tests.Archives;

public sealed class ArchivePackageTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Fact]
    public void ReadZip_of_the_sample_folder_equals_reading_the_folder()
    {
        using var zip = Zip(Directory.GetFiles(Sample, "*.csv").Select(f => ("kaltim/" + Path.GetFileName(f), File.ReadAllBytes(f))));

        var read = PackageReader.ReadZip(zip, "paket.zip");

        read.Errors.ShouldBeEmpty();
        read.Data.ShouldBe(PackageReader.Read(Sample).Data);
    }

    [Fact]
    public void WriteZip_and_WriteWorkbook_read_back_equal()
    {
        var data = PackageReader.Read(Sample).Data!;
        using var zip = new MemoryStream();
        using var workbook = new MemoryStream();

        PackageWriter.WriteZip(data, zip);
        PackageWriter.WriteWorkbook(data, workbook);
        zip.Position = workbook.Position = 0;

        PackageReader.ReadZip(zip, "paket.zip").Data.ShouldBe(data);
        AsCsv(PackageReader.ReadWorkbook(workbook, "paket.xlsx").Data!).ShouldBe(AsCsv(data));
    }

    [Fact]
    public void ReadZip_rejects_an_entry_that_expands_beyond_the_limit()
    {
        using var zip = Zip([("instansi.csv", new byte[2_000_000])]);

        var read = PackageReader.ReadZip(zip, "bom.zip", new ArchiveLimits(10, 1_000_000));

        read.Data.ShouldBeNull();
        read.Errors.Single().ToString().ShouldContain("kemungkinan bom zip");
    }

    [Fact]
    public void ReadZip_rejects_too_many_entries()
    {
        using var zip = Zip(Enumerable.Range(0, 11).Select(i => ($"f{i}.csv", "a\n"u8.ToArray())));

        var read = PackageReader.ReadZip(zip, "banyak.zip", new ArchiveLimits(10, 1_000_000));

        read.Errors.Single().Message.ShouldBe("arsip berisi 11 entri; paling banyak 10");
    }

    [Fact]
    public void ReadZip_reports_a_damaged_archive_and_names_problems_by_file_line_column()
    {
        using var garbage = new MemoryStream("bukan zip"u8.ToArray());
        using var zip = Zip([("instansi.csv", Encoding.UTF8.GetBytes("kode,nama,induk,jenis,singkatan\nA,Satu,,tidak_ada,\n"))]);

        PackageReader.ReadZip(garbage, "rusak.zip").Errors.Single().Message.ShouldContain("bukan arsip ZIP");
        PackageReader.ReadZip(zip, "paket.zip").Errors.ShouldContain(p => p.Field.StartsWith("instansi.csv:2:", StringComparison.Ordinal));
    }

    /// <summary>The package's canonical CSV text: equal content whatever file the records were read from (origins differ).</summary>
    static string AsCsv(Core.Dataset data)
    {
        using var stream = new MemoryStream();
        foreach (var table in global::Sakip.Packages.Writing.DatasetTables.From(data))
        {
            Packages.Csv.CsvWriter.Write(stream, table);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    static MemoryStream Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }
        stream.Position = 0;
        return stream;
    }
}
