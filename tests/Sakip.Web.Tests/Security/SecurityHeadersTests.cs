using System.Net;
using System.Text.RegularExpressions;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Security;

/// <summary>Every kind of response carries the browser defences, and the pages hold nothing the policy would block.</summary>
public sealed partial class SecurityHeadersTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    public static TheoryData<string, bool, HttpStatusCode> Responses => new()
    {
        { "/Akun/Masuk", false, HttpStatusCode.OK },
        { "/Beranda", false, HttpStatusCode.Redirect },
        { "/", false, HttpStatusCode.Redirect },
        { "/css/site.css", false, HttpStatusCode.OK },
        { "/lib/bootstrap/bootstrap.bundle.min.js", false, HttpStatusCode.OK },
        { "/sehat", false, HttpStatusCode.OK },
        { "/api/v1/capaian?instansi=SETDA&tahun=2021", false, HttpStatusCode.Unauthorized },
        { "/openapi/v1.json", false, HttpStatusCode.OK },
        { "/Beranda", true, HttpStatusCode.OK },
        { "/halaman-yang-tidak-ada", true, HttpStatusCode.NotFound },
        { "/Pengukuran/Bukti?id=999999", true, HttpStatusCode.NotFound },
        { "/api/v1/instansi/TIDAK_ADA", true, HttpStatusCode.NotFound },
        { "/api/v1/capaian?instansi=SETDA&tahun=2021", true, HttpStatusCode.OK },
    };

    [Theory, MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string url, bool signedIn, HttpStatusCode status)
    {
        var client = signedIn ? await app.SignInAsync("perencana@demo.sakip.id") : app.Client();

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(status);
        AssertHeaders(response);
    }

    [Fact]
    public async Task A_rejected_form_post_and_a_server_error_page_carry_the_headers_too()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var forged = await client.PostAsync("/Akun/Keluar", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var malformed = await client.PutAsync("/api/v1/realisasi", new StringContent("{ bukan json", System.Text.Encoding.UTF8, "application/json"));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        AssertHeaders(forged);
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        AssertHeaders(malformed);
    }

    public static TheoryData<string> Pages => new()
    {
        "/Akun/Masuk", "/Beranda", "/Pengukuran?instansi=SETDA&tahun=2021", "/Pengukuran/Isi?indikator=IKM_ADPIM&tahun=2021&periode=tw4",
        "/Perbandingan?instansi=SETDA", "/Perencanaan", "/PerjanjianKinerja", "/Anggaran", "/ImporEkspor", "/Admin/Akun", "/Admin/Instansi",
    };

    [Theory, MemberData(nameof(Pages))]
    public async Task Pages_hold_no_inline_script_event_handler_or_style_the_policy_would_block(string url)
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var html = await client.GetStringAsync(url);

        InlineScript().Matches(html).ShouldBeEmpty();
        EventHandler().Matches(html).Select(m => m.Value).ShouldBeEmpty();
        StyleAttribute().Matches(html).Select(m => m.Value).ShouldBeEmpty();
        html.ShouldNotContain("<style", Case.Insensitive);
        html.ShouldNotContain("javascript:", Case.Insensitive);
    }

    static void AssertHeaders(HttpResponseMessage response)
    {
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        SecurityHeaders.ContentSecurityPolicy.ShouldContain("script-src 'self';");
        SecurityHeaders.ContentSecurityPolicy.ShouldNotContain("unsafe-inline");
        SecurityHeaders.ContentSecurityPolicy.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("<[^>]*\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
