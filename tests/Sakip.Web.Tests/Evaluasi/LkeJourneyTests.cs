using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sakip.Data.Evaluation;
using Sakip.Web.Tests.Browser;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>The Evaluator's LKE worksheet in Chromium: fills part of it, sees the score and grade change, finalises the LHE.</summary>
public sealed class LkeJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_evaluator_fills_a_worksheet_sees_score_and_grade_change_and_finalises_the_LHE()
    {
        var page = await session.SignedInPageAsync("evaluator@demo.sakip.id");
        await page.GotoAsync($"{session.BaseUrl}/Evaluasi/Lke?instansi=ADBANG&tahun=2021");
        // PermenPAN-RB 88/2021 is the default choice.
        (await page.GetByLabel("Templat LKE").Locator("option:checked").InnerTextAsync()).ShouldBe("LKE SAKIP PermenPAN-RB 88/2021 (versi 1)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai evaluasi" }).ClickAsync();
        await page.GetByText("Lembar kerja evaluasi dimulai.").WaitForAsync();
        var total = page.Locator("#total-penetapan");
        var grade = page.Locator("#predikat-penetapan");
        (await total.InnerTextAsync()).ShouldBe("0,00");

        // Pemenuhan 1.1 (7 criteria, weight 6) all Y: the live total becomes 6,00 before anything is saved.
        foreach (var select in await page.Locator("select[id^='p-1.1.']").AllAsync())
        {
            await select.SelectOptionAsync("Y");
        }
        (await total.InnerTextAsync()).ShouldBe("6,00");
        (await grade.InnerTextAsync()).ShouldBe("D/Sangat Kurang");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-lke-isi.png"), FullPage = false });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan komponen 1" }).ClickAsync();
        await page.GetByText("Komponen 1 disimpan.").WaitForAsync();
        (await total.InnerTextAsync()).ShouldBe("6,00");

        // Everything else: pemenuhan Y, the rest B → each component 0,8 × its weight = 80 (BB), saved component by component.
        foreach (var component in new[] { "1", "2", "3", "4" })
        {
            foreach (var select in await page.Locator($"select[id^='p-{component}.']").AllAsync())
            {
                var id = await select.GetAttributeAsync("id");
                await select.SelectOptionAsync(id!.Split('.')[1] == "1" ? "Y" : "B");
            }
            await page.GetByRole(AriaRole.Button, new() { Name = $"Simpan komponen {component}" }).ClickAsync();
            await page.GetByText($"Komponen {component} disimpan.").WaitForAsync();
        }
        (await total.InnerTextAsync()).ShouldBe("80,00");
        (await grade.InnerTextAsync()).ShouldBe("BB/Sangat Baik");

        await page.GetByLabel("Nomor LHE").FillAsync("700/45/Itprov-II");
        await page.GetByLabel("Tanggal LHE").FillAsync("2022-03-15");
        await page.GetByLabel("Narasi hasil evaluasi").FillAsync("Biro Administrasi Pembangunan telah menyusun perencanaan kinerja yang baik.\nPengukuran kinerja belum sepenuhnya didukung data yang andal.");
        await page.GetByLabel("Nama penandatangan").FillAsync("Dr. H. Inspektur, M.Si.");
        await page.GetByLabel("Jabatan penandatangan").FillAsync("Inspektur Provinsi Kalimantan Timur");
        await page.GetByLabel("NIP penandatangan").FillAsync("196801011990031001");
        await page.GetByLabel("Komponen rekomendasi 1").SelectOptionAsync(new SelectOptionValue { Label = "2. Pengukuran Kinerja" });
        await page.GetByLabel("Uraian rekomendasi 1").FillAsync("Menyusun pedoman pengumpulan data kinerja triwulanan.");
        await page.GetByLabel("Komponen rekomendasi 2").SelectOptionAsync(new SelectOptionValue { Label = "3. Pelaporan Kinerja" });
        await page.GetByLabel("Uraian rekomendasi 2").FillAsync("Mempublikasikan LKjIP tepat waktu.");
        await page.Locator("#lhe").ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-lke-lhe.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Finalisasi LHE" }).ClickAsync();

        await page.GetByText("LHE difinalisasi.").WaitForAsync();
        (await page.Locator("#status").InnerTextAsync()).ShouldBe("Final (LHE diterbitkan)");
        (await page.Locator("select.lke-answer").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-lke-final.png"), FullPage = false });
        await page.Locator("#lhe").ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-lke-final-lhe.png") });
        var status = await session.App.QueryAsync(db => db.Evaluations.Where(e => e.Year == 2021 && db.Units.Any(u => u.Id == e.UnitId && u.Code == "ADBANG")).Select(e => e.Status).SingleAsync());
        status.ShouldBe(EvaluationStatus.Final);
        var pdf = await page.APIRequest.GetAsync($"{session.BaseUrl}/Evaluasi/Lke/Unduh?instansi=ADBANG&tahun=2021&format=pdf");
        pdf.Status.ShouldBe(200);
        await File.WriteAllBytesAsync(Path.Combine(Path.GetDirectoryName(BrowserSession.ArtifactPath("x.png"))!, "..", "documents", "lhe-adbang-2021.pdf"), await pdf.BodyAsync());
    }

    [Fact]
    public async Task The_admin_sees_the_template_list_and_the_editor_of_a_copy()
    {
        var page = await session.SignedInPageAsync("admin@demo.sakip.id");
        await page.GotoAsync($"{session.BaseUrl}/Evaluasi/Templat");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-templat.png"), FullPage = true });
        await page.Locator("tr[data-templat='permenpanrb_88_2021-1']").GetByRole(AriaRole.Link, new() { Name = "Salin" }).ClickAsync();
        await page.GetByLabel("Kode templat baru").FillAsync("pergub_uji");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salin" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ubah (simpan sebagai versi baru)" }).ClickAsync();
        await page.GetByLabel("Bobot komponen 1").FillAsync("35");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan sebagai versi 2" }).ClickAsync();

        await page.GetByText("Jumlah bobot komponen 105 (seharusnya 100).").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-templat-ubah.png"), FullPage = false });
    }
}
