using Microsoft.EntityFrameworkCore;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Exchange;

/// <summary>indikator.csv's <c>bukti_wajib</c> goes into the indicator row on import and comes back out on export.</summary>
public sealed class EvidenceRequiredExchangeTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bukti_wajib_survives_import_and_export_and_a_package_without_it_clears_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = PackageReader.Read(Sample).Data!;
        var required = package with { Indicators = [.. package.Indicators.Select(i => i.Code == "EKPPD" ? i with { EvidenceRequired = true } : i)] };
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, required, "test", DateTimeOffset.UnixEpoch);
        }

        await using (var db = database.Open())
        {
            (await db.Indicators.Where(i => i.EvidenceRequired).Select(i => i.Code).ToListAsync()).ShouldBe(["EKPPD"]);
            (await DatasetLoader.LoadAsync(db)).Indicators.ShouldBe(required.WithoutOrigins().Indicators);
            await DatasetImporter.ImportAsync(db, package, "test", DateTimeOffset.UnixEpoch);
        }

        await using var check = database.Open();
        (await check.Indicators.AnyAsync(i => i.EvidenceRequired)).ShouldBeFalse();
    }
}
