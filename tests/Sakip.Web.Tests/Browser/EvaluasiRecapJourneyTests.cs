using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>The Evaluasi recap screens as a browser shows them on the sample; screenshots kept as artefacts (evaluasi-*.png).</summary>
public sealed class EvaluasiRecapJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_evaluator_lands_on_the_recap_switches_year_and_the_planner_sees_the_unit()
    {
        var evaluator = await session.SignedInPageAsync("evaluator@demo.sakip.id");
        var planner = await session.SignedInPageAsync("perencana@demo.sakip.id");

        await evaluator.GetByRole(AriaRole.Link, new() { Name = "Evaluasi", Exact = true }).ClickAsync();
        await evaluator.Locator("#tabel-rekap").WaitForAsync();
        (await evaluator.Locator("#rata-rata").InnerTextAsync()).ShouldBe("66,47");
        await evaluator.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-beranda-evaluator.png"), FullPage = true });
        await evaluator.GotoAsync($"{session.BaseUrl}/Evaluasi/Rekap?tahun=2021");
        await evaluator.Locator("#tahun").SelectOptionAsync("2020");
        await evaluator.WaitForURLAsync("**tahun=2020**");
        (await evaluator.Locator("#tabel-rekap tbody tr").CountAsync()).ShouldBe(1);
        await evaluator.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-rekap-2020.png"), FullPage = true });
        await evaluator.GotoAsync($"{session.BaseUrl}/Evaluasi/Rekap?tahun=2021");
        await evaluator.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-rekap.png"), FullPage = true });

        await planner.GotoAsync($"{session.BaseUrl}/Evaluasi");
        (await planner.Locator("#tabel-komponen").InnerTextAsync()).ShouldContain("67,23");
        await planner.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-beranda-perencana.png"), FullPage = true });
    }

    [Fact]
    public async Task The_planner_types_skm_means_and_uploads_responses_with_the_keyboard_and_mouse()
    {
        var planner = await session.SignedInPageAsync("perencana@demo.sakip.id");
        await planner.GotoAsync($"{session.BaseUrl}/Evaluasi/Skm?instansi=SETDA&tahun=2021");

        await planner.GetByLabel("Nama layanan").First.FillAsync("Layanan Rekomendasi Teknis");
        await planner.GetByLabel("Jumlah responden").FillAsync("150");
        string[] means = ["3,25", "3,10", "3,40", "3,05", "3,30", "3,20", "3,15", "3,35", "3,00"];
        for (var i = 0; i < means.Length; i++)
        {
            await planner.Locator($"#Form_U_{i}_").FillAsync(means[i]);
        }
        await planner.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await planner.GetByText("Hasil SKM \"Layanan Rekomendasi Teknis\" disimpan.").WaitForAsync();
        await planner.Locator("#unggah-layanan").FillAsync("Layanan Fasilitasi");
        await planner.Locator("#berkas").SetInputFilesAsync(new FilePayload
        {
            Name = "jawaban.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,3,3,4,3,3,4,3,4\n3,3,3,3,3,3,3,3,2\n4,4,3,4,4,3,4,4,4\n"),
        });
        await planner.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await planner.GetByText("3 jawaban responden layanan \"Layanan Fasilitasi\" disimpan").WaitForAsync();

        // Typed: 28,8 / 9 × 25 = 80,00; uploaded: (11 + 10 + 9 + 11 + 10 + 9 + 11 + 10 + 10) / 3 / 9 × 25 = 84,26.
        var table = await planner.Locator("#tabel-layanan").InnerTextAsync();
        table.ShouldContain("80,00");
        table.ShouldContain("84,26");
        await planner.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-skm.png"), FullPage = true });
    }

    [Fact]
    public async Task The_admin_records_an_assessment_and_groups_units()
    {
        var admin = await session.SignedInPageAsync("admin@demo.sakip.id");
        await admin.GotoAsync($"{session.BaseUrl}/Evaluasi/Penilaian?tahun=2021");

        await admin.GetByLabel("Instansi").SelectOptionAsync("SETDA");
        await admin.GetByLabel("Jenis penilaian").SelectOptionAsync("indeks_kelembagaan");
        await admin.GetByLabel("Nilai", new() { Exact = true }).FillAsync("72,50");
        await admin.GetByLabel("Hasil (label)").FillAsync("B");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await admin.GetByText("Hasil penilaian disimpan.").WaitForAsync();
        await admin.Locator("#ambang-indeks_kelembagaan").FillAsync("70");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Hitung" }).ClickAsync();
        await admin.Locator("#ringkasan-indeks_kelembagaan").WaitForAsync();
        await admin.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-penilaian.png"), FullPage = true });

        await admin.GotoAsync($"{session.BaseUrl}/Evaluasi/Kelompok");
        await admin.GetByLabel("Kode kelompok").FillAsync("kluster_utama");
        await admin.GetByLabel("Nama kelompok").FillAsync("Perangkat Daerah kluster utama");
        foreach (var name in new[] { "Inspektorat", "Badan Perencanaan Pembangunan Daerah", "Dinas Kesehatan" })
        {
            await admin.GetByLabel(name, new() { Exact = true }).CheckAsync();
        }
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await admin.GetByText("Kelompok \"kluster_utama\" disimpan.").WaitForAsync();
        await admin.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-kelompok.png"), FullPage = true });
        await admin.GotoAsync($"{session.BaseUrl}/Evaluasi/Rekap?tahun=2021&kelompok=kluster_utama");
        (await admin.Locator("#tabel-rekap tbody tr").CountAsync()).ShouldBe(3);
        await admin.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-rekap-kelompok.png"), FullPage = true });

        await admin.GotoAsync($"{session.BaseUrl}/Evaluasi/Rekap/Indikator?kode=SAKIP_MIN_B");
        await admin.GetByLabel("Predikat minimal").SelectOptionAsync("B");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await admin.GetByText("Pengaturan rekapitulasi indikator disimpan.").WaitForAsync();
        (await admin.Locator("#tabel-realisasi-rekap").InnerTextAsync()).ShouldContain("28 / 37 × 100 = 75,68 %");
        await admin.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-rekap-indikator.png"), FullPage = true });
    }
}
