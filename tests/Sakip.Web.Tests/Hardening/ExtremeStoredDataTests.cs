using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data.Measurement;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Hardening;

/// <summary>
/// Values stored before the field rules existed (a target of 10⁻²⁰ against a realisation of decimal's maximum) still
/// render: the pages and the API show "-" with the reason instead of answering 500.
/// </summary>
public sealed class ExtremeStoredDataTests(ExtremeStoredDataTests.StoredData data) : IClassFixture<ExtremeStoredDataTests.StoredData>
{
    /// <summary>One app for the class, its EKPPD tw1 2021 target and realisation and POD budget lines overwritten as an old import left them.</summary>
    public sealed class StoredData : IAsyncLifetime
    {
        public SakipWebFactory App { get; } = new();

        public async Task InitializeAsync() => await App.QueryAsync(async db =>
        {
            var indicator = await db.Indicators.SingleAsync(i => i.Code == "EKPPD");
            var target = await db.Targets.FirstOrDefaultAsync(t => t.IndicatorId == indicator.Id && t.Year == 2021 && t.Kind == TargetKind.Q1);
            if (target is null)
            {
                target = new TargetEntity { IndicatorId = indicator.Id, Year = 2021, Kind = TargetKind.Q1 };
                db.Targets.Add(target);
            }
            target.Value = 0.00000000000000000001m;
            var realisation = await db.Realisations.FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Year == 2021 && r.Period == Period.Q1);
            if (realisation is null)
            {
                realisation = new RealisationEntity { IndicatorId = indicator.Id, Year = 2021, Period = Period.Q1 };
                db.Realisations.Add(realisation);
            }
            realisation.Value = decimal.MaxValue;
            foreach (var line in await db.BudgetLines.Where(b => b.Code.StartsWith("POD.P1.K")).ToListAsync())
            {
                (line.Ceiling, line.Spent) = (decimal.MaxValue, decimal.MaxValue);
            }
            return await db.SaveChangesAsync();
        });

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("/Pengukuran?instansi=SETDA&tahun=2021")]
    [InlineData("/Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tw1")]
    [InlineData("/api/v1/capaian?instansi=SETDA&tahun=2021")]
    [InlineData("/api/v1/capaian?indikator=EKPPD&tahun=2021")]
    [InlineData("/Beranda?instansi=SETDA&tahun=2021")]
    [InlineData("/Beranda?instansi=POD&tahun=2021")]
    [InlineData("/Perbandingan?instansi=SETDA")]
    [InlineData("/Perencanaan?instansi=SETDA")]
    [InlineData("/Anggaran?instansi=POD&tahun=2021")]
    [InlineData("/Anggaran/Ubah?instansi=POD&tahun=2021&kode=POD.P1")]
    [InlineData("/ImporEkspor")]
    public async Task Pages_and_api_render_extreme_stored_values_with_the_reason(string url)
    {
        var client = await data.App.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        if (url.Contains("EKPPD", StringComparison.Ordinal))
        {
            (await response.Content.ReadAsStringAsync()).ShouldContain("hasil terlalu besar untuk dihitung");
        }
    }
}
