using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;
using Sakip.Web.Tests.Hardening;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>Every field of the follow-up and evidence forms with the hostile values of the form fuzz: never a 500.</summary>
[Collection(TindakLanjutApp.Collection)]
public sealed class TindakLanjutFuzzTests(TindakLanjutApp fixture)
{
    [Fact]
    public async Task Hostile_values_on_the_follow_up_forms_never_answer_500()
    {
        var recommendation = await fixture.Web.QueryAsync(db => db.Recommendations.Where(r => r.Year == 2020 && r.Number == "5.a").Select(r => r.Id).SingleAsync());
        var action = await fixture.Web.QueryAsync(async db => (await FollowUpWrites.AddAsync(db, recommendation,
            new FollowUpAction("Rencana uji", null, null, FollowUpStatus.NotStarted, null), "uji", DateTimeOffset.UtcNow, default)).Action!.Id);
        var planner = await fixture.Web.SignInAsync("perencana@demo.sakip.id");
        await planner.PostAsync($"/Evaluasi/Bukti?handler=Unggah&tindakLanjut={action}",
            await SakipWebFactory.UploadAsync(planner, $"/Evaluasi/Bukti?tindakLanjut={action}", "Berkas", "a.pdf", "%PDF-1.4"u8.ToArray()));
        var evaluator = await fixture.Web.SignInAsync("evaluator@demo.sakip.id");
        var failures = new List<string>();

        foreach (var (client, page) in new[]
        {
            (planner, $"/Evaluasi/TindakLanjut/Aksi?rekomendasi={recommendation}"),
            (planner, $"/Evaluasi/TindakLanjut/Aksi?id={action}"),
            (planner, $"/Evaluasi/Bukti?tindakLanjut={action}"),
            (evaluator, $"/Evaluasi/TindakLanjut/Verifikasi?rekomendasi={recommendation}"),
        })
        {
            var html = await client.GetStringAsync(page);
            var token = SakipWebFactory.AntiforgeryToken(html);
            var forms = FormCrawler.FormsOf(page, html).ToList();
            forms.ShouldNotBeEmpty(page);
            foreach (var form in forms)
            {
                // Removing the action would leave the later variants nothing to post to.
                foreach (var target in form.Targets.Where(t => !t.Contains("/Aksi", StringComparison.Ordinal) || !t.Contains("handler=Hapus", StringComparison.Ordinal)))
                {
                    foreach (var field in form.Fields.Keys)
                    {
                        foreach (var (name, text, _) in HostileValues.ForForms)
                        {
                            var fields = new Dictionary<string, string>(form.Fields) { ["__RequestVerificationToken"] = token };
                            if (text is null)
                            {
                                fields.Remove(field);
                            }
                            else
                            {
                                fields[field] = text;
                            }
                            using HttpContent content = form.Multipart ? Multipart(fields) : new FormUrlEncodedContent(fields);
                            using var response = await client.PostAsync(target, content);
                            if ((int)response.StatusCode >= 500)
                            {
                                failures.Add($"{target} {field}: {name} → {(int)response.StatusCode}");
                            }
                        }
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
        (await planner.GetAsync($"/Evaluasi/TindakLanjut/Aksi?id={action}")).StatusCode.ShouldBe(HttpStatusCode.OK);
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
}
