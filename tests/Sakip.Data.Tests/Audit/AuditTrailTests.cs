using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data.Accounts;
using Sakip.Data.Audit;
using Sakip.Data.Exchange;
using Sakip.Data.Measurement;
using Sakip.Packages;

namespace Sakip.Data.Tests.Audit;

/// <summary>The audit trail on every provider: what a save records, what it never records, and that nothing removes it.</summary>
public sealed class AuditTrailTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");
    static readonly AuditActor Planner = new("user-1", "Perencana Uji", "10.1.2.3");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Creating_changing_and_deleting_a_target_records_old_and_new_values_the_actor_and_the_unit(DatabaseProvider provider)
    {
        await using var database = await ImportedAsync(provider);
        int id;
        int unitId;
        await using (var db = database.Open())
        using (AuditActor.Use(Planner))
        {
            var indicator = await db.Indicators.Include(i => i.PlanElement).SingleAsync(i => i.Code == "EKPPD");
            unitId = indicator.PlanElement.UnitId;
            var target = new TargetEntity { IndicatorId = indicator.Id, Year = 2030, Kind = TargetKind.Agreement, Value = 3.5m };
            db.Targets.Add(target);
            await db.SaveChangesAsync();
            id = target.Id;
            target.Value = 3.75m;
            await db.SaveChangesAsync();
            db.Targets.Remove(target);
            await db.SaveChangesAsync();
        }

        await using var check = database.Open();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await check.AuditEntries.AsNoTracking().Where(e => e.Entity == "targets" && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => e.Action).ShouldBe(["tambah", "ubah", "hapus"]);
        entries.ShouldAllBe(e => e.UserId == "user-1" && e.UserName == "Perencana Uji" && e.Address == "10.1.2.3" && e.UnitId == unitId);
        entries.ShouldAllBe(e => e.Summary == "Target EKPPD pk 2030");
        var (added, changed, deleted) = (entries[0], entries[1], entries[2]);
        added.OldValues.ShouldBeNull();
        Value(added.NewValues, "Value").GetDecimal().ShouldBe(3.5m);
        Value(added.NewValues, "Kind").GetString().ShouldBe("pk");
        Value(changed.OldValues, "Value").GetDecimal().ShouldBe(3.5m);
        Value(changed.NewValues, "Value").GetDecimal().ShouldBe(3.75m);
        Has(changed.NewValues, "IndicatorId").ShouldBeFalse("only the changed fields are kept");
        Value(deleted.OldValues, "Value").GetDecimal().ShouldBe(3.75m);
        deleted.NewValues.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_realisation_change_is_summarised_by_indicator_period_and_year_and_a_version_only_save_records_nothing(DatabaseProvider provider)
    {
        await using var database = await ImportedAsync(provider);
        await using (var db = database.Open())
        {
            var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2);
            row.Note = "dicek ulang";
            await db.SaveChangesAsync();
            await db.SaveChangesAsync();
        }

        await using var check = database.Open();
        var entries = await check.AuditEntries.AsNoTracking().Where(e => e.Entity == "realisations").ToListAsync();
        entries.Count.ShouldBe(1);
        entries[0].Summary.ShouldBe("Realisasi EKPPD tw2 2021");
        entries[0].UserName.ShouldBe(AuditActor.System.UserName);
        Value(entries[0].NewValues, "Note").GetString().ShouldBe("dicek ulang");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_password_change_records_that_it_changed_but_never_the_hash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            var user = new SakipUser { Id = "akun-1", UserName = "a@b.id", Email = "a@b.id", DisplayName = "A", PasswordHash = "HASH-LAMA-123", SecurityStamp = "STAMP-1" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            (user.PasswordHash, user.SecurityStamp) = ("HASH-BARU-456", "STAMP-2");
            await db.SaveChangesAsync();
        }

        await using var check = database.Open();
        var entries = await check.AuditEntries.AsNoTracking().Where(e => e.EntityKey == "akun-1").OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => e.Action).ShouldBe(["tambah", "ubah"]);
        var text = string.Join("|", entries.Select(e => e.OldValues + e.NewValues));
        text.ShouldNotContain("HASH-");
        text.ShouldNotContain("STAMP-");
        Value(entries[1].OldValues, "PasswordHash").GetString().ShouldBe("(diubah)");
        Value(entries[1].NewValues, "PasswordHash").GetString().ShouldBe("(diubah)");
        Value(entries[0].NewValues, "Email").GetString().ShouldBe("a@b.id");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_context_refuses_to_change_or_delete_an_audit_entry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            AuditLog.Add(db, DateTimeOffset.UtcNow, "masuk", "AspNetUsers", "x", null, "Masuk: x");
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            var entry = await db.AuditEntries.SingleAsync();
            entry.Summary = "dipalsukan";
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = database.Open())
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = database.Open();
        (await check.AuditEntries.AsNoTracking().SingleAsync()).Summary.ShouldBe("Masuk: x");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sql_that_updates_or_deletes_an_audit_entry_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        AuditLog.Add(db, DateTimeOffset.UtcNow, "masuk", "AspNetUsers", "x", null, "Masuk: x");
        await db.SaveChangesAsync();

        await Should.ThrowAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Summary\" = 'dipalsukan'"));
        await Should.ThrowAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries"));

        (await db.AuditEntries.AsNoTracking().SingleAsync()).Summary.ShouldBe("Masuk: x");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_writes_one_impor_entry_with_file_counts_and_units_not_one_per_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        ImportSummary summary;
        await using (var db = database.Open())
        using (AuditActor.Use(Planner))
        {
            summary = await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", "kaltim-setda-2021.zip", DateTimeOffset.UtcNow);
        }

        await using var check = database.Open();
        var entries = await check.AuditEntries.AsNoTracking().ToListAsync();
        summary.Added.ShouldBeGreaterThan(50);
        entries.Count.ShouldBe(1);
        var entry = entries[0];
        (entry.Action, entry.Entity, entry.EntityKey, entry.UserName).ShouldBe(("impor", "paket", "kaltim-setda-2021.zip", "Perencana Uji"));
        Value(entry.NewValues, "ditambah").GetInt32().ShouldBe(summary.Added);
        Value(entry.NewValues, "instansi").EnumerateArray().Select(e => e.GetString()).ShouldContain("SETDA");
        entry.UnitId.ShouldNotBeNull();
        entry.Summary.ShouldStartWith("Impor paket kaltim-setda-2021.zip:");
    }

    static async Task<TestDatabase> ImportedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        return database;
    }

    static JsonElement Value(string? json, string property) => JsonDocument.Parse(json!).RootElement.GetProperty(property);

    static bool Has(string? json, string property) => JsonDocument.Parse(json!).RootElement.TryGetProperty(property, out _);
}
