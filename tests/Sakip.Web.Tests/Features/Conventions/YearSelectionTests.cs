using System.Net;
using System.Text.RegularExpressions;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Conventions;

/// <summary>Every page taking <c>tahun</c>: the default year has data, the heading and the year list agree, absurd years are not found.</summary>
public sealed partial class YearSelectionTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    public static TheoryData<string, int> AbsurdYears()
    {
        string[] pages =
        [
            "/Beranda?tahun={0}", "/Pengukuran?tahun={0}", "/Anggaran?tahun={0}", "/PerjanjianKinerja?tahun={0}",
            "/PerjanjianKinerja/Isi?instansi=SETDA&tahun={0}", "/PerjanjianKinerja/Versi?instansi=SETDA&tahun={0}&versi=1",
            "/Pengukuran/Isi?indikator=EKPPD&tahun={0}&periode=tahunan", "/ImporEkspor?handler=Unduh&instansi=SETDA&tahun={0}",
        ];
        var data = new TheoryData<string, int>();
        foreach (var page in pages)
        {
            foreach (var year in new[] { -5, 0, 99999 })
            {
                data.Add(page, year);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AbsurdYears))]
    public async Task An_absurd_year_is_not_found(string page, int year)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, year));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Halaman tidak ditemukan");
    }

    public static TheoryData<string, string> InstallationWideLandings => new()
    {
        { "admin@demo.sakip.id", "/Beranda" },
        { "admin@demo.sakip.id", "/Pengukuran" },
        { "admin@demo.sakip.id", "/Anggaran" },
        { "admin@demo.sakip.id", "/PerjanjianKinerja" },
        { "evaluator@demo.sakip.id", "/Beranda" },
        { "evaluator@demo.sakip.id", "/Pengukuran" },
        { "perencana@demo.sakip.id", "/Beranda" },
        { "perencana@demo.sakip.id", "/PerjanjianKinerja" },
    };

    /// <summary>The demo installation has data for 2021 only (and Renstra targets beyond): that is where everyone lands.</summary>
    [Theory]
    [MemberData(nameof(InstallationWideLandings))]
    public async Task Without_a_year_a_page_shows_the_latest_year_with_data_in_the_heading_and_the_list(string account, string page)
    {
        var client = await app.SignInAsync(account);

        var html = await client.GetStringAsync(page);

        Title().Match(html).Groups[1].Value.ShouldEndWith(" 2021");
        SelectedYear().Match(html).Groups[1].Value.ShouldBe("2021");
    }

    [Theory]
    [InlineData("/Beranda?instansi=SETDA&tahun=1999")]
    [InlineData("/Pengukuran?instansi=SETDA&tahun=1999")]
    [InlineData("/Anggaran?instansi=SETDA&tahun=1999")]
    [InlineData("/PerjanjianKinerja?instansi=SETDA&tahun=1999")]
    public async Task A_year_without_data_is_shown_and_selected_in_the_list(string page)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = await client.GetStringAsync(page);

        Title().Match(html).Groups[1].Value.ShouldEndWith(" 1999");
        SelectedYear().Match(html).Groups[1].Value.ShouldBe("1999");
    }

    [GeneratedRegex("<title>(.*?) — Sakip</title>")]
    private static partial Regex Title();

    [GeneratedRegex("<option value=\"(\\d+)\" selected=\"selected\">")]
    private static partial Regex SelectedYear();
}
