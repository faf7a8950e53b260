using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Problems;
using Sakip.Core.Workflow;
using Sakip.Data.Agreements;
using Sakip.Data.Budget;
using Sakip.Data.Measurement;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;
using Sakip.Data.Workflow;

namespace Sakip.Data.Tests.Workflow;

/// <summary>The findings of one unit's object are loaded from that unit's rows only, for the submitted year and period.</summary>
public sealed class QualityFindingsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Realisation_findings_cover_the_quarter_of_the_unit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (unit, other) = await SeedAsync(database);

        await using var db = database.Open();
        var findings = await QualityFindings.ForAsync(db, unit, CycleObject.Realisation, 2024, Period.Q2, CancellationToken.None);

        findings.Select(p => (p.Field, p.Severity)).ShouldBe(
        [
            ("IKU-1.realisasi", Severity.Warning),
            ("IKU-2.pembilang", Severity.Warning),
            ("IKU-3.bukti", Severity.Error),
            ("IKU-4.realisasi", Severity.Warning),
        ]);
        (await QualityFindings.ForAsync(db, other, CycleObject.Realisation, 2024, Period.Q2, CancellationToken.None)).Select(p => p.Field).ShouldBe(["IKU-9.bukti"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evidence_removed_or_of_another_quarter_does_not_count_and_a_new_file_clears_the_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (unit, _) = await SeedAsync(database);
        await using (var db = database.Open())
        {
            var q2 = db.Realisations.Single(r => r.Indicator.Code == "IKU-3" && r.Period == Period.Q2);
            db.EvidenceFiles.Add(Evidence(realisationId: q2.Id));
            await db.SaveChangesAsync();
        }

        await using var check = database.Open();
        var findings = await QualityFindings.ForAsync(check, unit, CycleObject.Realisation, 2024, Period.Q2, CancellationToken.None);

        findings.ShouldNotContain(p => p.IsError);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Target_findings_are_errors_for_each_set_target_without_its_basis(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (unit, _) = await SeedAsync(database);

        await using var db = database.Open();
        var targets = await QualityFindings.ForAsync(db, unit, CycleObject.Targets, 2024, Period.Annual, CancellationToken.None);
        var agreement = await QualityFindings.ForAsync(db, unit, CycleObject.Agreement, 2024, Period.Annual, CancellationToken.None);

        targets.Select(p => p.Message).ShouldBe([
            "IKU-3 Indeks ketepatan: bukti dukung wajib, tetapi target Triwulan II 2024 belum memiliki berkas dasar penetapannya. Unggah bukti sebelum mengajukan.",
        ]);
        targets.ShouldAllBe(p => p.IsError);
        agreement.Select(p => (p.Field, p.Severity)).ShouldBe([("pk.bukti", Severity.Warning)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Budget_findings_compare_parents_with_children_and_realisasi_with_pagu_using_the_quarters(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (unit, _) = await SeedAsync(database);

        await using var db = database.Open();
        var findings = await QualityFindings.ForAsync(db, unit, CycleObject.Budget, 2024, Period.Annual, CancellationToken.None);

        findings.Select(p => p.Field).ShouldBe(["1.01.pagu", "1.01.01.realisasi"]);
        (await QualityFindings.ForAsync(db, unit, CycleObject.Budget, 2023, Period.Annual, CancellationToken.None)).ShouldBeEmpty();
    }

    static EvidenceFileEntity Evidence(int? realisationId = null, int? targetId = null, int? agreementId = null) => new()
    {
        RealisationId = realisationId,
        TargetId = targetId,
        AgreementId = agreementId,
        FileName = "bukti.pdf",
        ContentType = "application/pdf",
        Size = 10,
        StorageKey = Guid.NewGuid().ToString("N"),
        UploadedAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>
    /// IKU-1: Q2 target, no realisation. IKU-2: a % ratio with pembilang 120 > penyebut 100 (history 118–121, so not
    /// far). IKU-3: evidence required; Q2 realisation without evidence (the Q1 one has a file, the Q2 one a removed one);
    /// its Q2 target has no basis, its PK target has one. IKU-4: realisation 500 against 100, 105, 110 before.
    /// Budget 2024: 1.01 pagu 900 against children 600 + 400; 1.01.01 realisasi per quarter 400 + 300 above pagu 600.
    /// The other unit has the same kind of gaps, which must not show.
    /// </summary>
    static async Task<(int Unit, int Other)> SeedAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var unit = new UnitEntity { Code = "DINAS", Name = "Dinas Uji", Kind = UnitKind.Agency };
        var other = new UnitEntity { Code = "LAIN", Name = "Dinas Lain", Kind = UnitKind.Agency };
        db.Units.AddRange(unit, other);
        await db.SaveChangesAsync();
        var element = new PlanElementEntity { Code = "S1", UnitId = unit.Id, Kind = PlanElementKind.Goal, Statement = "Sasaran" };
        var otherElement = new PlanElementEntity { Code = "S9", UnitId = other.Id, Kind = PlanElementKind.Goal, Statement = "Sasaran lain" };
        db.PlanElements.AddRange(element, otherElement);
        await db.SaveChangesAsync();
        IndicatorEntity Indicator(string code, string name, PlanElementEntity e, string? measure = null, bool ratio = false, bool required = false) => new()
        {
            Code = code,
            Name = name,
            PlanElementId = e.Id,
            Measure = measure,
            EvidenceRequired = required,
            Numerator = ratio ? "desa mandiri" : null,
            Denominator = ratio ? "seluruh desa" : null,
        };
        var i1 = Indicator("IKU-1", "Indeks layanan", element);
        var i2 = Indicator("IKU-2", "Persentase desa mandiri", element, "%", ratio: true);
        var i3 = Indicator("IKU-3", "Indeks ketepatan", element, required: true);
        var i4 = Indicator("IKU-4", "Jumlah kunjungan", element, "orang");
        var i9 = Indicator("IKU-9", "Indikator lain", otherElement, required: true);
        db.Indicators.AddRange(i1, i2, i3, i4, i9);
        await db.SaveChangesAsync();
        db.Targets.AddRange(
            new TargetEntity { IndicatorId = i1.Id, Year = 2024, Kind = TargetKind.Q2, Value = 80m },
            new TargetEntity { IndicatorId = i3.Id, Year = 2024, Kind = TargetKind.Q2, Value = 90m },
            new TargetEntity { IndicatorId = i9.Id, Year = 2024, Kind = TargetKind.Q2, Value = 90m });
        var pkTarget = new TargetEntity { IndicatorId = i3.Id, Year = 2024, Kind = TargetKind.Agreement, Value = 90m };
        db.Targets.Add(pkTarget);
        RealisationEntity Realisation(IndicatorEntity i, int year, Period period, decimal value) => new() { IndicatorId = i.Id, Year = year, Period = period, Value = value };
        var q1 = Realisation(i3, 2024, Period.Q1, 85m);
        var q2 = Realisation(i3, 2024, Period.Q2, 88m);
        db.Realisations.AddRange(
            Realisation(i2, 2021, Period.Q2, 118m), Realisation(i2, 2022, Period.Q2, 121m), Realisation(i2, 2023, Period.Q2, 119m), Realisation(i2, 2024, Period.Q2, 120m),
            q1, q2,
            Realisation(i4, 2020, Period.Q2, 5000m), Realisation(i4, 2021, Period.Q2, 100m), Realisation(i4, 2022, Period.Q2, 105m), Realisation(i4, 2023, Period.Q2, 110m),
            Realisation(i4, 2023, Period.Q1, 500m), Realisation(i4, 2024, Period.Q2, 500m),
            Realisation(i9, 2024, Period.Q2, 1m));
        db.Components.AddRange(
            new ComponentEntity { IndicatorId = i2.Id, Year = 2024, Period = Period.Q2, Kind = ComponentKind.Numerator, Value = 120m },
            new ComponentEntity { IndicatorId = i2.Id, Year = 2024, Period = Period.Q2, Kind = ComponentKind.Denominator, Value = 100m });
        var agreement = new AgreementEntity { UnitId = unit.Id, Year = 2024, FirstPartyName = "A", FirstPartyPosition = "Kepala", SecondPartyName = "B", SecondPartyPosition = "Gubernur" };
        agreement.Targets.Add(new AgreementTargetEntity { IndicatorId = i3.Id, Value = 90m });
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        var removed = Evidence(realisationId: q2.Id);
        (removed.RemovedAt, removed.RemovalReason) = (DateTimeOffset.UnixEpoch, "salah berkas");
        db.EvidenceFiles.AddRange(Evidence(realisationId: q1.Id), removed, Evidence(targetId: pkTarget.Id));
        var program = new BudgetLineEntity { Code = "1.01", UnitId = unit.Id, Year = 2024, Level = BudgetLevel.Program, Name = "Program", Ceiling = 900m };
        db.BudgetLines.Add(program);
        await db.SaveChangesAsync();
        db.BudgetLines.AddRange(
            new BudgetLineEntity { Code = "1.01.01", UnitId = unit.Id, Year = 2024, Level = BudgetLevel.Activity, Name = "Kegiatan A", ParentId = program.Id, Ceiling = 600m, SpentQ1 = 400m, SpentQ2 = 300m },
            new BudgetLineEntity { Code = "1.01.02", UnitId = unit.Id, Year = 2024, Level = BudgetLevel.Activity, Name = "Kegiatan B", ParentId = program.Id, Ceiling = 400m },
            new BudgetLineEntity { Code = "9.01", UnitId = other.Id, Year = 2024, Level = BudgetLevel.Program, Name = "Lain", Ceiling = 1m, Spent = 5m });
        await db.SaveChangesAsync();
        return (unit.Id, other.Id);
    }
}
