using System.Net;
using System.Text.RegularExpressions;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Conventions;

/// <summary>No dead ends: a page with nothing to show says why and links to where that is added.</summary>
public sealed partial class EmptyStateTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    public static TheoryData<string, string> EmptyPages => new()
    {
        { "/Beranda?instansi=POD", "/Perencanaan?instansi=POD" },
        { "/Pengukuran?instansi=POD", "/Perencanaan?instansi=POD" },
        { "/Perbandingan?instansi=POD", "/Perencanaan?instansi=POD" },
        { "/PerjanjianKinerja/Isi?instansi=POD&tahun=2021", "/Perencanaan?instansi=POD" },
        { "/Anggaran?instansi=SETDA&tahun=2019", "/ImporEkspor" },
    };

    [Theory]
    [MemberData(nameof(EmptyPages))]
    public async Task An_empty_page_explains_itself_and_links_to_what_to_do_next(string page, string next)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(page));

        var explanation = Explanation().Match(html);
        explanation.Success.ShouldBeTrue($"{page} has no explanation of its empty state");
        explanation.Groups[2].Value.ShouldContain($"href=\"{next}\"");
    }

    [GeneratedRegex("<(p|div)[^>]*id=\"tanpa-[a-z]+\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex Explanation();
}
