using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Security;

/// <summary>Text a user typed (here a unit name) leaves the exports as text, never as a formula a spreadsheet would run.</summary>
public sealed partial class ExportFormulaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Name = "=HYPERLINK(\"http://contoh.test\",\"klik\")";

    [Fact]
    public async Task A_formula_like_name_is_exported_as_text_in_CSV_and_XLSX_and_imports_back_unchanged()
    {
        await app.QueryAsync(db => db.Units.Where(u => u.Code == "SETDA").ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, Name)));
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var zip = await client.GetByteArrayAsync("/ImporEkspor?handler=Unduh&instansi=SETDA&tahun=2021&format=zip");
        var xlsx = await client.GetByteArrayAsync("/ImporEkspor?handler=Unduh&instansi=SETDA&tahun=2021&format=xlsx");

        var units = Entry(zip, "instansi.csv");
        units.ShouldContain("\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\"");
        var sheets = string.Concat(Entries(xlsx).Where(e => e.Name.StartsWith("xl/", StringComparison.Ordinal)).Select(e => e.Text));
        sheets.ShouldContain("=HYPERLINK(&quot;http://contoh.test&quot;,&quot;klik&quot;)");
        Formula().IsMatch(sheets).ShouldBeFalse();
        var read = Packages.PackageReader.ReadZip(new MemoryStream(zip), "paket.zip");
        read.Data!.Units.Single(u => u.Code == "SETDA").Name.ShouldBe(Name);
    }

    static string Entry(byte[] zip, string name) => Entries(zip).Single(e => e.Name == name).Text;

    static List<(string Name, string Text)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e => (e.FullName, new StreamReader(e.Open()).ReadToEnd()))];
    }

    [GeneratedRegex("<(\\w+:)?f[\\s>/]")]
    private static partial Regex Formula();
}
