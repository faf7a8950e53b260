using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Scales;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Packages;
using Sakip.Packages.Lke;

namespace Sakip.Data.Tests.Evaluation;

/// <summary>The worksheet through its store: started with a stored template version, answered, scored, finalised into an LHE.</summary>
public sealed class WorksheetTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");
    static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.Zero);
    static readonly Scale Grades = BuiltInScales.SakipGrade;
    const int Year = 2021;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seeding_stores_each_built_in_template_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();

        var first = await TemplateVersions.SeedAsync(db, BuiltInLkeTemplates.All, Now, default);
        var second = await TemplateVersions.SeedAsync(db, BuiltInLkeTemplates.All, Now, default);

        (first, second).ShouldBe((2, 0));
        var rows = await db.LkeTemplates.AsNoTracking().OrderBy(t => t.Code).ToListAsync();
        rows.Select(r => (r.Code, r.Version, r.BuiltIn, r.Active)).ShouldBe(
            [(BuiltInLkeTemplates.Permenpanrb12Of2015, 1, true, true), (BuiltInLkeTemplates.Permenpanrb88Of2021, 1, true, true)]);
        LkeTemplateJson.Read(rows[1].Json, out _)!.Criteria.Count.ShouldBe(80);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_a_template_stores_the_next_version_and_refuses_a_built_in_code(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await TemplateVersions.SeedAsync(db, BuiltInLkeTemplates.All, Now, default);
        var lke88 = BuiltInLkeTemplates.Get(BuiltInLkeTemplates.Permenpanrb88Of2021);

        var first = await TemplateVersions.SaveNextAsync(db, lke88.With(code: "pergub_uji", name: "Pergub uji"), "admin", Now, default);
        var second = await TemplateVersions.SaveNextAsync(db, lke88.With(code: "pergub_uji", name: "Pergub uji revisi"), "admin", Now, default);
        var builtIn = await TemplateVersions.SaveNextAsync(db, lke88.With(name: "Tiruan"), "admin", Now, default);

        (first.Row!.Version, second.Row!.Version, first.Row.BuiltIn).ShouldBe((1, 2, false));
        (await TemplateVersions.ReadAsync(db, first.Row.Id, default))!.Name.ShouldBe("Pergub uji");
        builtIn.Row.ShouldBeNull();
        builtIn.Problems.ShouldHaveSingleItem().Message.ShouldBe("kode permenpanrb_88_2021 milik templat bawaan; salin templat dengan kode lain");
        (await db.LkeTemplates.CountAsync(t => t.Code == BuiltInLkeTemplates.Permenpanrb88Of2021)).ShouldBe(1);
    }

    /// <summary>
    /// By hand, 88/2021, nilai penetapan: component 1 all Y/A = 30; components 2–4 pemenuhan Y, kualitas and implementasi
    /// C = 0,2w + 0,3w × 0,5 + 0,5w × 0,5 = 0,6w → 18 + 9 + 15; total 72 (BB). Nilai usulan: only 1.1 all Y → 6 (D).
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hand_computed_88_2021_worksheet_scores_both_columns(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var unit = await StartAsync(database, BuiltInLkeTemplates.Permenpanrb88Of2021);
        var template = BuiltInLkeTemplates.Get(BuiltInLkeTemplates.Permenpanrb88Of2021);
        var evaluator = template.Criteria.Select(c => (c.Code, c.Code.StartsWith("1.", StringComparison.Ordinal)
            ? (c.AnswerType == AnswerType.YesNo ? "Y" : "A") : c.AnswerType == AnswerType.YesNo ? "Y" : "C"));
        var self = template.SubComponent("1.1")!.Criteria.Select(c => (c.Code, "Y"));

        await SaveAsync(database, unit, WorksheetColumn.Evaluator, evaluator);
        await SaveAsync(database, unit, WorksheetColumn.Self, self);

        var sheet = await LoadAsync(database, unit);
        var penetapan = sheet.EvaluatorScore(Grades);
        penetapan.Components.Select(c => c.Score.Value).ShouldBe([30m, 18m, 9m, 15m]);
        penetapan.Components[1].SubComponents.Select(s => s.Score.Value).ShouldBe([6m, 4.5m, 7.5m]);
        penetapan.Total.Value.ShouldBe(72m);
        penetapan.Grade!.Label.ShouldBe("BB");
        penetapan.CanFinalise.ShouldBeTrue();
        var usulan = sheet.SelfScore(Grades);
        (usulan.Total.Value, usulan.Grade!.Label, usulan.Answered).ShouldBe((6m, "D", 7));
    }

    /// <summary>
    /// By hand, 12/2015: Y/T criteria Y, A–E criteria B, except 1.1.2 T. Component 1: 1.1 = 2/3 × 2 = 1,333…; 1.2 = 0,75 × 5
    /// = 3,75; 1.3 = 2,25; 1.4 = 4; 1.5 = 7,5; 1.6 = 4,5 → 23,333…; component 2: 5 + 9,375 + 5,625 = 20; component 3:
    /// 3 + 6 + 3 = 12; component 4: 2 + 3,75 + 2,25 = 8; component 5: 20 × 0,75 = 15; total 78,333… (BB).
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hand_computed_12_2015_worksheet(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var unit = await StartAsync(database, BuiltInLkeTemplates.Permenpanrb12Of2015);
        var template = BuiltInLkeTemplates.Get(BuiltInLkeTemplates.Permenpanrb12Of2015);

        await SaveAsync(database, unit, WorksheetColumn.Evaluator,
            template.Criteria.Select(c => (c.Code, c.Code == "1.1.2" ? "T" : c.AnswerType == AnswerType.YesNo ? "Y" : "B")));

        var score = (await LoadAsync(database, unit)).EvaluatorScore(Grades);
        score.Components.Select(c => Math.Round(c.Score.Value!.Value, 6)).ShouldBe([23.333333m, 20m, 12m, 8m, 15m]);
        score.Components[0].SubComponents.Select(s => Math.Round(s.Score.Value!.Value, 6)).ShouldBe([1.333333m, 3.75m, 2.25m, 4m, 7.5m, 4.5m]);
        Math.Round(score.Total.Value!.Value, 6).ShouldBe(78.333333m);
        score.Grade!.Label.ShouldBe("BB");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_from_an_older_answer_version_is_a_conflict_and_keeps_the_other_value(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var unit = await StartAsync(database, BuiltInLkeTemplates.Permenpanrb88Of2021);
        var opened = (await LoadAsync(database, unit)).Answer("1.2.1")!.Version;
        await using (var db = database.Open())
        {
            (await WorksheetWrites.SaveAnswersAsync(db, await EvaluationIdAsync(db, unit), WorksheetColumn.Evaluator,
                [new AnswerEdit("1.2.1", "B", "budi", opened)], "budi", Now, default)).Ok.ShouldBeTrue();
        }

        await using var mine = database.Open();
        var stale = await WorksheetWrites.SaveAnswersAsync(mine, await EvaluationIdAsync(mine, unit), WorksheetColumn.Evaluator,
            [new AnswerEdit("1.2.1", "D", "ani", opened)], "ani", Now, default);

        stale.Conflict.ShouldBeTrue();
        stale.Problems.ShouldHaveSingleItem().Message.ShouldContain("budi");
        var stored = (await LoadAsync(database, unit)).Answer("1.2.1")!;
        (stored.EvaluatorAnswer, stored.EvaluatorNote, stored.Version).ShouldBe(("B", "budi", opened + 1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_answer_the_criterion_does_not_accept_is_refused(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var unit = await StartAsync(database, BuiltInLkeTemplates.Permenpanrb88Of2021);
        await using var db = database.Open();

        var result = await WorksheetWrites.SaveAnswersAsync(db, await EvaluationIdAsync(db, unit), WorksheetColumn.Self,
            [new AnswerEdit("1.1.1", "B", null, null), new AnswerEdit("9.9.9", "Y", null, null)], "ani", Now, default);

        result.Problems.Select(p => p.Message).ShouldBe(["jawaban kriteria 1.1.1 harus Y/T", "kriteria 9.9.9 tidak ada di templat"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Finalising_is_refused_while_a_logic_check_is_broken_or_a_value_is_missing_then_issues_the_LHE(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var unit = await StartAsync(database, BuiltInLkeTemplates.Permenpanrb88Of2021);
        var template = BuiltInLkeTemplates.Get(BuiltInLkeTemplates.Permenpanrb88Of2021);
        // 1.1.1 T makes the pemenuhan mean 0,9, so the ten 1.2.x at A (1) break maks_rata:1.1; 4.2.5 is left empty.
        await SaveAsync(database, unit, WorksheetColumn.Evaluator, template.Criteria.Where(c => c.Code != "4.2.5")
            .Select(c => (c.Code, c.Code == "1.1.1" ? "T" : c.AnswerType == AnswerType.YesNo ? "Y" : "A")));
        var lhe = new LheFields("700/1/Itprov", new DateOnly(2022, 3, 1), "Narasi.", "Inspektur", "Inspektur Provinsi", "19700101");
        RecommendationDraft[] recommendations = [new("1", "Perencanaan Kinerja", "Perbaiki IKU."), new(null, null, "  "), new(null, "Pelaporan Kinerja", "Publikasikan LKjIP.")];

        var refused = await FinaliseAsync(database, unit, lhe, recommendations);

        refused.Ok.ShouldBeFalse();
        refused.Problems[0].Message.ShouldBe("nilai penetapan belum diisi untuk 1 kriteria (sub-komponen 4.2)");
        refused.Problems.Count(p => p.Message.Contains("melebihi rata-rata sub-komponen 1.1", StringComparison.Ordinal)).ShouldBe(10);
        (await LoadAsync(database, unit)).Status.ShouldBe(EvaluationStatus.Draft);

        await SaveAsync(database, unit, WorksheetColumn.Evaluator, [("1.1.1", "Y"), ("4.2.5", "A")]);
        var final = await FinaliseAsync(database, unit, lhe, recommendations);

        final.Ok.ShouldBeTrue();
        (await LoadAsync(database, unit)).Status.ShouldBe(EvaluationStatus.Final);
        await using var db = database.Open();
        var scores = await db.EvaluationScores.AsNoTracking().Where(s => s.UnitId == unit && s.Year == Year).OrderBy(s => s.Id).ToListAsync();
        scores.Select(s => (s.Component, s.Weight, s.Score)).ShouldBe(
        [
            (template.Components[0].Name, 30m, 30m), (template.Components[1].Name, 30m, 30m), (template.Components[2].Name, 15m, 15m),
            (template.Components[3].Name, 25m, 25m), (null, 100m, 100m),
        ]);
        var issued = await db.Recommendations.AsNoTracking().Where(r => r.UnitId == unit && r.Year == Year && r.EvaluationId != null).OrderBy(r => r.Id).ToListAsync();
        issued.Select(r => (r.Number, r.Component, r.Text)).ShouldBe([("1", "Perencanaan Kinerja", "Perbaiki IKU."), ("2", "Pelaporan Kinerja", "Publikasikan LKjIP.")]);
        (await WorksheetWrites.SaveAnswersAsync(db, await EvaluationIdAsync(db, unit), WorksheetColumn.Evaluator,
            [new AnswerEdit("1.1.1", "T", null, null)], "ani", Now, default)).Ok.ShouldBeFalse();
    }

    static async Task<WorksheetWriteResult> FinaliseAsync(TestDatabase database, int unit, LheFields lhe, RecommendationDraft[] recommendations)
    {
        var sheet = await LoadAsync(database, unit);
        await using var db = database.Open();
        return await WorksheetLhe.FinaliseAsync(db, sheet.Id, sheet.Version, lhe, recommendations, Grades, "evaluator", Now, default);
    }

    static async Task SaveAsync(TestDatabase database, int unit, WorksheetColumn column, IEnumerable<(string Code, string Answer)> answers)
    {
        await using var db = database.Open();
        var result = await WorksheetWrites.SaveAnswersAsync(db, await EvaluationIdAsync(db, unit), column,
            [.. answers.Select(a => new AnswerEdit(a.Code, a.Answer, null, null))], "tester", Now, default);
        result.Problems.ShouldBeEmpty();
    }

    static async Task<Worksheet> LoadAsync(TestDatabase database, int unit)
    {
        await using var db = database.Open();
        return (await Worksheet.LoadAsync(db, unit, Year, default))!;
    }

    static Task<int> EvaluationIdAsync(SakipDb db, int unit) => db.Evaluations.Where(e => e.UnitId == unit && e.Year == Year).Select(e => e.Id).SingleAsync();

    /// <summary>Seeds the templates and starts the evaluation of the sample's root unit for <see cref="Year"/>; returns the unit id.</summary>
    static async Task<int> StartAsync(TestDatabase database, string templateCode)
    {
        await using var db = database.Open();
        await TemplateVersions.SeedAsync(db, BuiltInLkeTemplates.All, Now, default);
        var unit = await db.Units.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync();
        var template = await db.LkeTemplates.Where(t => t.Code == templateCode).Select(t => t.Id).SingleAsync();
        (await WorksheetWrites.StartAsync(db, unit, Year, template, "evaluator", Now, default)).Ok.ShouldBeTrue();
        return unit;
    }

    static async Task<TestDatabase> SampleAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        return database;
    }
}
