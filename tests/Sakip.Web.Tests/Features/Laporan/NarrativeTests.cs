using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Reporting;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Laporan;

public sealed class NarrativeTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Closing = "/Laporan/Narasi?instansi=SETDA&tahun=2022&bagian=penutup";

    [Fact]
    public async Task A_section_the_planner_writes_is_saved_and_leaves_the_list_of_empty_sections()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/Laporan?instansi=SETDA&tahun=2022"));

        var response = await client.PostAsync(Closing, await SakipWebFactory.FormAsync(client, Closing, new()
        {
            ["Form.Teks"] = "Capaian kinerja Setda tahun 2021 pada umumnya sangat tinggi.",
        }));
        var after = WebUtility.HtmlDecode(await client.GetStringAsync("/Laporan?instansi=SETDA&tahun=2022"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        before.ShouldContain("Bab IV — Penutup</a>");
        after.ShouldNotContain("Bab IV — Penutup</a>");
        after.ShouldContain("Kata Pengantar</a>");
        var row = await app.QueryAsync(db => db.Narratives.SingleAsync(n => n.Year == 2022 && n.Section == NarrativeSection.Closing));
        (row.Text, row.Version, row.UpdatedBy).ShouldBe(("Capaian kinerja Setda tahun 2021 pada umumnya sangat tinggi.", 1, "Perencana Setda (demo)"));
    }

    [Fact]
    public async Task A_save_from_an_older_version_answers_409_names_who_saved_and_keeps_the_typed_text()
    {
        const string page = "/Laporan/Narasi?instansi=SETDA&tahun=2022&bagian=latar_belakang";
        var first = await app.SignInAsync("perencana@demo.sakip.id");
        var second = await app.SignInAsync("admin@demo.sakip.id");
        var opened = HtmlForm.Fields(await second.GetStringAsync(page));
        await first.PostAsync(page, await SakipWebFactory.FormAsync(first, page, new() { ["Form.Teks"] = "Versi pertama." }));

        opened["Form.Teks"] = "Teks yang diketik admin.";
        opened["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(await second.GetStringAsync(page));
        var response = await second.PostAsync(page, new FormUrlEncodedContent(opened));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        html.ShouldContain("telah diubah oleh Perencana Setda (demo)");
        html.ShouldContain("\"Versi pertama.\"");
        html.ShouldContain("Teks yang diketik admin.</textarea>");
        (await app.QueryAsync(db => db.Narratives.SingleAsync(n => n.Year == 2022 && n.Section == NarrativeSection.Background))).Text.ShouldBe("Versi pertama.");
    }

    [Fact]
    public async Task A_text_over_the_limit_is_refused_in_Indonesian_and_nothing_is_stored()
    {
        const string page = "/Laporan/Narasi?instansi=SETDA&tahun=2022&bagian=isu_strategis";
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsync(page, await SakipWebFactory.FormAsync(client, page, new() { ["Form.Teks"] = new string('a', 20_001) }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Narasi paling banyak 20000 karakter (tertulis 20001 karakter).");
        (await app.QueryAsync(db => db.Narratives.AnyAsync(n => n.Year == 2022 && n.Section == NarrativeSection.StrategicIssues))).ShouldBeFalse();
    }

    [Fact]
    public async Task Each_sasaran_has_its_own_analysis()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string page = "/Laporan/Narasi?instansi=SETDA&tahun=2022&bagian=analisis_sasaran&sasaran=S2";

        var response = await client.PostAsync(page, await SakipWebFactory.FormAsync(client, page, new() { ["Form.Teks"] = "Analisis S2." }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (s2, saved) = await app.QueryAsync(async db => (
            await db.PlanElements.Where(p => p.Code == "S2").Select(p => p.Id).SingleAsync(),
            await db.Narratives.SingleAsync(n => n.Year == 2022 && n.Section == NarrativeSection.ObjectiveAnalysis)));
        saved.PlanElementId.ShouldBe(s2);
        WebUtility.HtmlDecode(await client.GetStringAsync("/Laporan/Narasi?instansi=SETDA&tahun=2022&bagian=analisis_sasaran&sasaran=S1")).ShouldNotContain("Analisis S2.");
    }

    [Fact]
    public async Task The_Pimpinan_reads_the_narrative_but_cannot_save_it()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var html = await client.GetStringAsync(Closing);
        var response = await client.PostAsync(Closing, await SakipWebFactory.FormAsync(client, Closing, new() { ["Form.Teks"] = "Tidak boleh." }));

        html.ShouldContain("Hanya Perencana unit ini atau Admin yang dapat mengubah narasi.");
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.Narratives.AnyAsync(n => n.Text == "Tidak boleh."))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/Laporan/Narasi?instansi=KALTIM&tahun=2022")]
    [InlineData("/Laporan/Narasi?instansi=SETDA&tahun=2022&bagian=bab_lima")]
    [InlineData("/Laporan/Narasi?instansi=SETDA&tahun=2022&bagian=analisis_sasaran&sasaran=S99")]
    [InlineData("/Laporan/Narasi?instansi=SETDA&tahun=99999")]
    public async Task A_unit_outside_the_scope_or_an_unknown_section_is_404(string page)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
