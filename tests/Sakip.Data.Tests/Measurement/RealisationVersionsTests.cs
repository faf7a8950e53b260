using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Measurement;

public sealed class RealisationVersionsTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changing_a_realisation_keeps_the_old_values_as_a_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        }

        await using (var db = database.Open())
        {
            var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2);
            (row.Value, row.Status, row.UpdatedBy) = (3.1m, ApprovalStatus.Approved, "perencana");
            await db.SaveChangesAsync();
            row.Value = 3.2m;
            await db.SaveChangesAsync();
            await db.SaveChangesAsync();
        }

        await using var check = database.Open();
        var current = await check.Realisations.AsNoTracking().SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2);
        var history = await check.RealisationHistory.AsNoTracking().Where(h => h.RealisationId == current.Id).OrderBy(h => h.Version).ToListAsync();
        (current.Value, current.Version).ShouldBe((3.2m, 3));
        history.Select(h => (h.Version, h.Value, h.Status, h.ChangedBy)).ShouldBe(
        [
            (1, 3.0885m, ApprovalStatus.Draft, "impor"),
            (2, 3.1m, ApprovalStatus.Approved, "perencana"),
        ]);
    }
}
