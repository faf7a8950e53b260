using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Agreements;
using Sakip.Core.Measurement;
using Sakip.Core.Reporting;
using Sakip.Data.Exchange;

namespace Sakip.Data.Tests.Exchange;

/// <summary>The report's data (PK, analysis, quarters, narratives, staff, facilities, comparisons) round-trips through the database.</summary>
public sealed class ReportContentExchangeTests
{
    static readonly DateTimeOffset Now = new(2022, 1, 10, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_then_export_gives_every_report_list_and_property_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);

        Dataset exported;
        await using (var db = database.Open())
        {
            exported = await DatasetLoader.LoadAsync(db);
        }

        var expected = package.WithoutOrigins();
        exported.Agreements.ShouldBe(expected.Agreements);
        exported.AgreementPrograms.ShouldBe(expected.AgreementPrograms);
        exported.Narratives.ShouldBe(expected.Narratives);
        exported.Staff.ShouldBe(expected.Staff);
        exported.Facilities.ShouldBe(expected.Facilities);
        exported.Comparisons.ShouldBe(expected.Comparisons);
        exported.Realisations.ShouldBe(expected.Realisations);
        exported.BudgetLines.ShouldBe(expected.BudgetLines);
        exported.ShouldBe(expected);
        exported.Realisations.Single(r => r is { Indicator: "EKPPD", Year: 2021, Period: Period.Q2 }).Analysis.ShouldBe(ReportContentSample.Analysis);
        exported.BudgetLines.Single(b => b.Code == "SETDA.P1").Quarters.ShouldBe(new(100_000m, 200_000m, null, 600_000m));
        exported.Facilities.Single(f => f.Name == "Gedung kantor").Quantity.ShouldBe(2_450.5m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_agreement_lists_the_units_pk_targets_and_its_programs_name_their_budget_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();

        await ImportAsync(database, package);

        await using var db = database.Open();
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Targets).Include(a => a.Programs).SingleAsync();
        var pk = await db.Targets.AsNoTracking().Where(t => t.Year == 2021 && t.Kind == TargetKind.Agreement && t.Indicator.PlanElement.Unit.Code == "SETDA")
            .Select(t => new { t.IndicatorId, t.Value }).ToListAsync();
        pk.Count.ShouldBe(12);
        agreement.Targets.Select(t => (t.IndicatorId, t.Value)).ShouldBe(pk.Select(t => (t.IndicatorId, t.Value)), ignoreOrder: true);
        var budgetLine = await db.BudgetLines.Where(b => b.Code == "SETDA.P1").Select(b => b.Id).SingleAsync();
        agreement.Programs.OrderBy(p => p.Id).Select(p => p.BudgetLineId).ShouldBe([budgetLine, null]);
        (agreement.Version, agreement.IsCurrent, agreement.Place, agreement.CreatedBy).ShouldBe((1, true, "Samarinda", "impor"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_agreement_becomes_a_new_version_and_the_old_one_is_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);
        var plt = new Party("Ir. H. M. Sa'duddin, M.M.", "196512121990031005", "Sekretaris Daerah Provinsi Kalimantan Timur", ActingKind.Plt);
        var revised = package with { Agreements = [package.Agreements[0] with { FirstParty = plt, SignedOn = new DateOnly(2021, 6, 1) }] };

        var first = await ImportAsync(database, revised);
        var again = await ImportAsync(database, revised);

        first.Files.Single(f => f.File == "pk.csv").ShouldBe(new ImportCount("pk.csv", 0, 1, 0));
        again.Files.Single(f => f.File == "pk.csv").ShouldBe(new ImportCount("pk.csv", 0, 0, 1));
        await using var db = database.Open();
        var versions = await db.Agreements.AsNoTracking().Include(a => a.Targets).Include(a => a.Programs).OrderBy(a => a.Version).ToListAsync();
        versions.Select(a => (a.Version, a.IsCurrent, a.FirstPartyName, a.FirstPartyActing))
            .ShouldBe([(1, false, ReportContentSample.Sekda.Name, ActingKind.Definitive), (2, true, plt.Name, ActingKind.Plt)]);
        versions[1].Reason.ShouldNotBeNull();
        versions.ShouldAllBe(a => a.Targets.Count == 12 && a.Programs.Count == 2);
        var exported = await DatasetLoader.LoadAsync(db, year: 2021);
        exported.Agreements.ShouldHaveSingleItem().ShouldBe(revised.Agreements[0] with { Version = 2, Origin = null });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_pk_target_or_program_is_a_new_agreement_version_too(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);
        var newTarget = package with { Targets = [.. package.Targets.Select(t => t is { Indicator: "EKPPD", Year: 2021, Kind: TargetKind.Agreement } ? t with { Value = 3.2m } : t)] };
        var newProgram = newTarget with { AgreementPrograms = [newTarget.AgreementPrograms[0] with { Amount = 1_100_000m }, newTarget.AgreementPrograms[1]] };

        await ImportAsync(database, newTarget);
        await ImportAsync(database, newProgram);

        await using var db = database.Open();
        var current = await db.Agreements.AsNoTracking().Include(a => a.Targets).Include(a => a.Programs).SingleAsync(a => a.IsCurrent);
        current.Version.ShouldBe(3);
        var ekppd = await db.Indicators.Where(i => i.Code == "EKPPD").Select(i => i.Id).SingleAsync();
        current.Targets.Single(t => t.IndicatorId == ekppd).Value.ShouldBe(3.2m);
        current.Programs.Select(p => p.Amount).ShouldBe([1_100_000m, 2_500_000m], ignoreOrder: true);
        (await db.Agreements.CountAsync()).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_package_cannot_approve_a_realisation_and_keeps_the_stored_status(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var sample = ReportContentSample.Package();
        var approving = sample with { Realisations = [.. sample.Realisations.Select(r => r with { Status = ApprovalStatus.Approved })] };
        await ImportAsync(database, approving);
        await using (var db = database.Open())
        {
            var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == "KERJASAMA" && r.Year == 2021 && r.Period == Period.Q4);
            row.Status = ApprovalStatus.Submitted;
            await db.SaveChangesAsync();
        }

        await ImportAsync(database, sample with { Realisations = [.. sample.Realisations.Select(r => r with { Status = ApprovalStatus.Draft })] });

        await using var check = database.Open();
        var statuses = await check.Realisations.AsNoTracking().Select(r => new { r.Indicator.Code, r.Year, r.Period, r.Status }).ToListAsync();
        statuses.Where(s => s.Status != ApprovalStatus.Draft).ShouldHaveSingleItem().ShouldBe(new { Code = "KERJASAMA", Year = 2021, Period = Period.Q4, Status = ApprovalStatus.Submitted });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_package_changing_the_analysis_of_an_approved_realisation_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);
        await using (var db = database.Open())
        {
            var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2);
            row.Status = ApprovalStatus.Approved;
            await db.SaveChangesAsync();
        }
        var changed = package with
        {
            Realisations = [.. package.Realisations.Select(r => r.Analysis is { } a ? r with { Analysis = a with { Solutions = "Solusi lain." } } : r)],
        };
        var withoutAnalysis = package with { Realisations = [.. package.Realisations.Select(r => r with { Analysis = null })] };

        var refused = await ImportAsync(database, changed);
        var kept = await ImportAsync(database, withoutAnalysis);

        refused.Refused.ShouldBeTrue();
        refused.Locked!.ShouldHaveSingleItem().Message.ShouldContain("Triwulan II 2021");
        kept.Refused.ShouldBeFalse();
        await using var check = database.Open();
        (await check.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2)).Solutions.ShouldBe(ReportContentSample.Analysis.Solutions);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_and_facilities_of_a_unit_and_year_are_replaced_as_a_set_and_other_units_keep_theirs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);
        var setdaOnly = package with
        {
            Staff = [new Core.Organisation.StaffCount("SETDA", 2021, 55, "Pelaksana")],
            Facilities = [.. package.Facilities.Where(f => f.Unit == "SETDA")],
        };

        var summary = await ImportAsync(database, setdaOnly);

        summary.Files.Single(f => f.File == "pegawai.csv").ShouldBe(new ImportCount("pegawai.csv", 1, 0, 0));
        summary.Files.Single(f => f.File == "sarana.csv").ShouldBe(new ImportCount("sarana.csv", 0, 0, 2));
        await using var db = database.Open();
        var exported = await DatasetLoader.LoadAsync(db);
        exported.Staff.Select(s => (s.Unit, s.Count)).ShouldBe([("POD", 25), ("SETDA", 55)]);
        exported.Facilities.Count.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_units_export_holds_only_its_subtrees_report_content(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, ReportContentSample.Extended());

        await using var db = database.Open();
        var pod = await db.Units.Where(u => u.Code == "POD").Select(u => u.Path).SingleAsync();
        var exported = await DatasetLoader.LoadAsync(db, pod, 2021);

        exported.Narratives.ShouldHaveSingleItem().Unit.ShouldBe("POD");
        exported.Staff.ShouldHaveSingleItem().Unit.ShouldBe("POD");
        exported.Facilities.ShouldHaveSingleItem().Unit.ShouldBe("POD");
        exported.Agreements.ShouldBeEmpty();
        exported.AgreementPrograms.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_extended_package_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);

        await using var again = database.Open();
        var summary = await DatasetImporter.PreviewAsync(again, package);

        summary.Added.ShouldBe(0);
        summary.Changed.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_package_without_analysis_or_quarters_keeps_those_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);

        await ImportAsync(database, package with
        {
            Realisations = [.. package.Realisations.Select(r => r with { Analysis = null })],
            BudgetLines = [.. package.BudgetLines.Select(b => b with { Quarters = null })],
        });

        await using var db = database.Open();
        var exported = await DatasetLoader.LoadAsync(db);
        exported.Realisations.ShouldBe(package.WithoutOrigins().Realisations);
        exported.BudgetLines.ShouldBe(package.WithoutOrigins().BudgetLines);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_units_package_naming_report_content_of_a_unit_outside_its_scope_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = ReportContentSample.Extended();
        await ImportAsync(database, package);
        var pod = package.Units.Single(u => u.Code == "POD");
        var own = new Dataset { Units = [pod], Staff = [new Core.Organisation.StaffCount("POD", 2021, 30)] };
        var reaching = own with
        {
            Narratives = [new Narrative("SETDA", 2021, NarrativeSection.Closing, "Penutup.")],
            Comparisons = [new ComparisonValue("EKPPD", 2021, 1m, "Lain")],
        };

        IReadOnlyList<Core.Problems.Problem> ownProblems, reachingProblems, adminProblems;
        await using (var db = database.Open())
        {
            var path = await db.Units.Where(u => u.Code == "POD").Select(u => u.Path).SingleAsync();
            ownProblems = await ImportScope.OutsideAsync(db, own, path, CancellationToken.None);
            reachingProblems = await ImportScope.OutsideAsync(db, reaching, path, CancellationToken.None);
            adminProblems = await ImportScope.OutsideAsync(db, reaching, "/", CancellationToken.None);
        }

        ownProblems.ShouldBeEmpty();
        reachingProblems.Select(p => p.Message).ShouldBe(
        [
            "Instansi SETDA berada di luar cakupan akun Anda; paket tidak boleh mengubah datanya.",
            "Indikator EKPPD milik instansi di luar cakupan akun Anda; paket tidak boleh mengubah datanya.",
        ]);
        adminProblems.ShouldBeEmpty();
    }

    static async Task<ImportSummary> ImportAsync(TestDatabase database, Dataset package)
    {
        await using var db = database.Open();
        return await DatasetImporter.ImportAsync(db, package, "impor", Now);
    }
}
