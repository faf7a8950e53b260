using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Hardening;

/// <summary>
/// Every form an Admin can reach from the dashboard, posted with each field missing, malformed, over-long and extreme in
/// turn: no response is a 500, a form that comes back (not a redirect) stored nothing, and a value no field can hold is
/// never stored whatever the handler answered.
/// </summary>
public sealed class FormFuzzTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>Pages whose forms must be found, so a crawler that stops finding them fails instead of testing less.</summary>
    static readonly string[] ExpectedFormPages =
    [
        "/Perencanaan/Indikator", "/Perencanaan/Rencana", "/Perencanaan/Revisi", "/Pengukuran/Isi", "/Anggaran/Ubah",
        "/PerjanjianKinerja/Isi", "/Admin/Instansi", "/Admin/Akun", "/Admin/Token", "/ImporEkspor", "/Laporan/Narasi",
    ];

    /// <summary>Entry points besides the dashboard links, for forms reached only from within other pages.</summary>
    static readonly string[] Seeds =
    [
        "/Beranda", "/Perencanaan/Indikator?rencana=S1", "/Perencanaan/Rencana?instansi=SETDA&jenis=sasaran", "/Perencanaan/Revisi?instansi=SETDA",
        "/Pengukuran/Isi?indikator=ITKP&tahun=2022&periode=tw1", "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2021", "/Admin/Instansi", "/Admin/Akun",
        "/Anggaran?instansi=SETDA&tahun=2021", "/ImporEkspor", "/Laporan/Narasi?instansi=SETDA&tahun=2021&bagian=penutup",
    ];

    [Fact]
    public async Task Hostile_form_values_never_answer_500_and_are_never_stored()
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");
        var adminId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "admin@demo.sakip.id").Select(u => u.Id).SingleAsync());
        var forms = await DistinctFormsAsync(client);
        var failures = new List<string>();

        ExpectedFormPages.Except(forms.Select(f => f.Page.Split('?')[0])).ShouldBeEmpty("pages whose forms the crawler did not find");
        foreach (var form in forms)
        {
            // The Admin's own account stays usable: locking or demoting it would end the test, not find a defect.
            var token = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(form.Page));
            foreach (var target in form.Targets.Where(t => !t.Contains(adminId, StringComparison.Ordinal)))
            {
                foreach (var field in form.Fields.Keys)
                {
                    foreach (var (name, text, refusal) in HostileValues.ForForms)
                    {
                        var fields = new Dictionary<string, string>(form.Fields);
                        if (text is null)
                        {
                            fields.Remove(field);
                        }
                        else
                        {
                            fields[field] = text;
                        }
                        var neverStored = refusal == HostileValues.FormRefusal.AnyField
                            || (refusal == HostileValues.FormRefusal.NumberField && form.NumberFields.Contains(field)) ? text : null;
                        await PostAndCheckAsync(client, form, target, fields, token, $"{target} {field}: {name}", neverStored, failures);
                    }
                }
            }
        }

        FuzzFailures.Report(failures, "forms");
    }

    [Fact]
    public async Task Hostile_sign_in_values_never_answer_500()
    {
        var client = app.Client();
        var failures = new List<string>();
        var html = await client.GetStringAsync("/Akun/Masuk");
        var form = FormCrawler.FormsOf("/Akun/Masuk", html).Single();

        foreach (var field in form.Fields.Keys)
        {
            foreach (var (name, text, _) in HostileValues.ForForms)
            {
                var fields = new Dictionary<string, string>(form.Fields) { ["Form.Email"] = "tidak.ada@demo.sakip.id" };
                fields[field] = text ?? "";
                await PostAndCheckAsync(client, form, form.Targets[0], fields, SakipWebFactory.AntiforgeryToken(html), $"{field}: {name}", null, failures);
            }
        }

        FuzzFailures.Report(failures, "forms");
    }

    async Task PostAndCheckAsync(
        HttpClient client, FormCrawler.Form form, string target, Dictionary<string, string> fields, string token, string variant, string? neverStored, List<string> failures)
    {
        var before = await DatabaseFingerprint.TakeAsync(app);
        fields["__RequestVerificationToken"] = token;
        using HttpContent content = form.Multipart ? Multipart(fields) : new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(target, content);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            failures.Add($"{variant}: {status}");
            return;
        }
        var after = await DatabaseFingerprint.TakeAsync(app);
        if (response.StatusCode != HttpStatusCode.Redirect && after != before)
        {
            failures.Add($"{variant}: the form came back ({status}) but the database changed");
        }
        if (neverStored is not null && Stored(after, neverStored) && !Stored(before, neverStored))
        {
            failures.Add($"{variant}: stored although no field can hold it ({status})");
        }
    }

    /// <summary>Whether the database holds the value, as typed or as the number it reads as.</summary>
    static bool Stored(string fingerprint, string value)
    {
        var marker = value.Length > 1000 ? value[..1000] : value.Replace(".", "", StringComparison.Ordinal).TrimStart('-');
        return fingerprint.Contains(marker, StringComparison.Ordinal);
    }

    static MultipartFormDataContent Multipart(Dictionary<string, string> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        return content;
    }

    /// <summary>The forms found by crawling, one per page path, handler and set of fields (the Admin's account list has one form per account).</summary>
    static async Task<List<FormCrawler.Form>> DistinctFormsAsync(HttpClient client)
    {
        var forms = await FormCrawler.CrawlAsync(client, Seeds);
        return [.. forms.DistinctBy(f => $"{f.Page.Split('?')[0]}|{string.Join(",", f.Targets.Select(Handler))}|{string.Join(",", f.Fields.Keys.Order())}")];
    }

    static string Handler(string target) =>
        target.Split('?') is [var path, var query] ? path + string.Concat(query.Split('&').Where(q => q.StartsWith("handler=", StringComparison.Ordinal))) : target;
}
