using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Lke;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Exchange;

/// <summary>
/// The evaluation lists (lke, skm, skm_jawaban, penilaian, kelompok, rekap_indikator) through the database: imported
/// all-or-nothing, LKE answers only into draft evaluations of a template that exists, and exported back equal.
/// </summary>
public sealed class EvaluationWorkExchangeTests
{
    static readonly DateTimeOffset Now = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);
    const string Code = "uji_lke";

    /// <summary>A small template: 1.1 (Y/T: 1.1.1, 1.1.2) and 1.2 (A–E: 1.2.1), weights 60 + 40.</summary>
    static LkeTemplate Template(int version) => LkeTemplate.Create(Code, "LKE uji", "Aturan uji", version,
        [
            new LkeComponent("1", "Perencanaan", 100m,
            [
                new LkeSubComponent("1.1", "Keberadaan", 60m, [new("1.1.1", "Renstra ada", AnswerType.YesNo), new("1.1.2", "IKU ada", AnswerType.YesNo)]),
                new LkeSubComponent("1.2", "Kualitas", 40m, [new("1.2.1", "Renstra berkualitas", AnswerType.Grade)]),
            ]),
        ], [], out _) ?? throw new InvalidOperationException("test template");

    static Dataset Package() => ReportContentSample.Package() with
    {
        LkeAnswers =
        [
            new LkeAnswerRecord("SETDA", 2021, Code, "1.1.1", "Y", "Y", "Dokumen Renstra 2019–2023") { Origin = new("lke.csv", 2) },
            new LkeAnswerRecord("SETDA", 2021, Code, "1.2.1", "B", null, "Usulan unit") { Origin = new("lke.csv", 3) },
            new LkeAnswerRecord("HUKUM", 2021, Code, "1.1.2", null, "T", null) { Origin = new("lke.csv", 4) },
        ],
        SkmResults =
        [
            new SkmResult("SETDA", 2021, "Layanan rumah tangga", [3.25m, 3.1m, 3m, 3.5m, 3.2m, 3.4m, 3.3m, 3.1m, 3.60m], 120),
            new SkmResult("HUKUM", 2021, "Bantuan hukum", [3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m], 1),
        ],
        SkmResponses =
        [
            new SkmResponse("HUKUM", 2021, "Bantuan hukum", [3, 3, 3, 3, 3, 3, 3, 3, 3]),
            new SkmResponse("HUKUM", 2021, "Penyuluhan", [4, 3, 3, 4, 4, 3, 3, 4, 4]),
            new SkmResponse("HUKUM", 2021, "Penyuluhan", [3, 3, 2, 4, 4, 3, 3, 4, 1]),
        ],
        Assessments =
        [
            new Assessment("SETDA", 2021, "indeks_kelembagaan", 78.50m, "Level 3", "KemenPAN-RB"),
            new Assessment("HUKUM", 2021, "maturitas_spip", null, "Terdefinisi", null),
        ],
        UnitGroups = [new UnitGroup("UTAMA", "Kluster utama", ["SETDA", "HUKUM"])],
        RecapIndicators =
        [
            new RecapIndicator("SAKIP_MIN_B", RecapSource.SakipGrade, RecapMeasure.Percent, "B", null, null, null),
            new RecapIndicator("IKM_PD_GT80", RecapSource.Ikm, RecapMeasure.Percent, null, 80m, null, "UTAMA"),
        ],
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_then_export_gives_every_evaluation_list_back_and_a_second_import_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddTemplatesAsync(database);
        var package = Package();

        var first = await ImportAsync(database, package);
        var second = await ImportAsync(database, package);

        first.Refused.ShouldBeFalse(string.Join("\n", first.Locked ?? []));
        Count(first, "lke.csv").ShouldBe(new ImportCount("lke.csv", 3, 0, 0));
        Count(first, "skm_jawaban.csv").ShouldBe(new ImportCount("skm_jawaban.csv", 3, 0, 0));
        foreach (var file in new[] { "lke.csv", "skm.csv", "skm_jawaban.csv", "penilaian.csv", "kelompok.csv", "rekap_indikator.csv" })
        {
            (Count(second, file).Added, Count(second, file).Changed).ShouldBe((0, 0), file);
        }
        await using var db = database.Open();
        var exported = await DatasetLoader.LoadAsync(db);
        var expected = package.WithoutOrigins();
        exported.LkeAnswers.ShouldBe(expected.LkeAnswers);
        exported.SkmResults.ShouldBe(expected.SkmResults);
        exported.SkmResponses.ShouldBe(expected.SkmResponses);
        exported.Assessments.ShouldBe(expected.Assessments);
        exported.UnitGroups.ShouldBe(expected.UnitGroups);
        exported.RecapIndicators.ShouldBe(expected.RecapIndicators);
        exported.SkmResults[0].Elements[8].ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("3.60");
        (await db.SkmResponses.Select(r => r.Answers).OrderBy(a => a).ToListAsync()).ShouldBe(["333333333", "332443341", "433443344"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_lke_import_creates_draft_evaluations_with_the_newest_active_template_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = await AddTemplatesAsync(database);

        await ImportAsync(database, Package());

        await using var db = database.Open();
        var evaluations = await db.Evaluations.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        evaluations.Select(e => (e.Year, e.Status, e.TemplateId, e.UpdatedBy)).ShouldBe([(2021, EvaluationStatus.Draft, ids[1], "impor"), (2021, EvaluationStatus.Draft, ids[1], "impor")]);
        var setda = await db.LkeAnswers.AsNoTracking().Where(a => a.Criterion == "1.1.1").SingleAsync();
        (setda.SelfAnswer, setda.EvaluatorAnswer, setda.SelfNote, setda.EvaluatorNote).ShouldBe(("Y", "Y", null, "Dokumen Renstra 2019–2023"));
    }

    public static TheoryData<LkeAnswerRecord, string> Refusals => new()
    {
        { new("SETDA", 2021, "tidak_ada", "1.1.1", "Y", null, null) { Origin = new("lke.csv", 7) }, "lke.csv:7:templat: Templat LKE \"tidak_ada\" tidak ada atau tidak aktif." },
        { new("SETDA", 2021, Code, "9.9.9", "Y", null, null) { Origin = new("lke.csv", 8) }, $"lke.csv:8:kriteria: Kriteria \"9.9.9\" tidak ada pada templat {Code} versi 2." },
        {
            new("SETDA", 2021, Code, "1.2.1", null, "Y", null) { Origin = new("lke.csv", 9) },
            "lke.csv:9:nilai_penetapan: Jawaban \"Y\" tidak sesuai kriteria 1.2.1, yang dijawab A/B/C/D/E."
        },
        { new("SETDA", 2021, Code, "1.1.1", "B", null, null) { Origin = new("lke.csv", 10) }, "lke.csv:10:nilai_usulan: Jawaban \"B\" tidak sesuai kriteria 1.1.1, yang dijawab Y/T." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_unknown_template_criterion_or_answer_type_refuses_the_whole_import(LkeAnswerRecord answer, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AddTemplatesAsync(database);

        var summary = await ImportAsync(database, Package() with { LkeAnswers = [answer] });

        summary.Refused.ShouldBeTrue();
        summary.Locked!.Select(p => p.ToString()).ShouldBe([expected]);
        await using var db = database.Open();
        (await db.Units.CountAsync(), await db.Evaluations.CountAsync(), await db.SkmResults.CountAsync()).ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task A_draft_keeps_its_template_version_and_another_template_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ids = await AddTemplatesAsync(database);
        var package = Package();
        await ImportAsync(database, package);
        await using (var db = database.Open())
        {
            db.LkeTemplates.Add(new LkeTemplateEntity { Code = Code, Version = 4, Name = "LKE uji", Json = LkeTemplateJson.Write(Template(4)), Active = true, CreatedAt = Now });
            db.LkeTemplates.Add(new LkeTemplateEntity { Code = "lain", Version = 1, Name = "LKE lain", Json = LkeTemplateJson.Write(Template(1).With(code: "lain")), Active = true, CreatedAt = Now });
            await db.SaveChangesAsync();
        }
        var more = package with { LkeAnswers = [.. package.LkeAnswers, new LkeAnswerRecord("SETDA", 2021, Code, "1.1.2", "T", null, null)] };
        var other = package with { LkeAnswers = [new LkeAnswerRecord("SETDA", 2021, "lain", "1.1.1", "Y", null, null) { Origin = new("lke.csv", 2) }] };

        var kept = await ImportAsync(database, more);
        var refused = await ImportAsync(database, other);

        Count(kept, "lke.csv").Added.ShouldBe(1);
        refused.Locked!.Select(p => p.ToString()).ShouldBe([
            $"lke.csv:2:templat: LKE SETDA tahun 2021 sudah memakai templat \"{Code}\" versi 2; templat tidak dapat diganti lewat impor.",
        ]);
        await using var check = database.Open();
        (await check.Evaluations.Select(e => e.TemplateId).Distinct().ToListAsync()).ShouldBe([ids[1]]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_final_evaluation_is_never_changed_by_an_import_but_the_same_answers_import_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddTemplatesAsync(database);
        var package = Package();
        await ImportAsync(database, package);
        await using (var db = database.Open())
        {
            var setda = await db.Evaluations.SingleAsync(e => db.Units.Any(u => u.Id == e.UnitId && u.Code == "SETDA"));
            setda.Status = EvaluationStatus.Final;
            await db.SaveChangesAsync();
        }
        var changed = package with { LkeAnswers = [package.LkeAnswers[0], package.LkeAnswers[1] with { EvaluatorAnswer = "A" }, package.LkeAnswers[2]] };
        var added = package with { LkeAnswers = [.. package.LkeAnswers, new LkeAnswerRecord("SETDA", 2021, Code, "1.1.2", "Y", null, null) { Origin = new("lke.csv", 5) }] };

        var refused = await ImportAsync(database, changed);
        var refusedToo = await ImportAsync(database, added);
        var same = await ImportAsync(database, package);

        refused.Locked!.Select(p => p.ToString()).ShouldBe(["lke.csv:3:kriteria: Evaluasi SETDA tahun 2021 sudah final (LHE terbit); impor tidak boleh mengubah jawaban LKE-nya."]);
        refusedToo.Locked!.Select(p => p.ToString()).ShouldBe(["lke.csv:5:kriteria: Evaluasi SETDA tahun 2021 sudah final (LHE terbit); impor tidak boleh mengubah jawaban LKE-nya."]);
        same.Refused.ShouldBeFalse();
        await using var check = database.Open();
        (await check.LkeAnswers.SingleAsync(a => a.Criterion == "1.2.1")).EvaluatorAnswer.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_empty_answer_cell_keeps_the_stored_answer_and_a_filled_one_replaces_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddTemplatesAsync(database);
        var package = Package();
        await ImportAsync(database, package);
        var evaluator = package with { LkeAnswers = [new LkeAnswerRecord("SETDA", 2021, Code, "1.2.1", null, "C", "Belum berkualitas")] };

        var summary = await ImportAsync(database, evaluator);

        Count(summary, "lke.csv").ShouldBe(new ImportCount("lke.csv", 0, 1, 0));
        await using var db = database.Open();
        var answer = await db.LkeAnswers.AsNoTracking().SingleAsync(a => a.Criterion == "1.2.1");
        (answer.SelfAnswer, answer.SelfNote, answer.EvaluatorAnswer, answer.EvaluatorNote, answer.Version).ShouldBe(("B", "Usulan unit", "C", "Belum berkualitas", 2));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_scoped_import_may_not_touch_groups_or_another_units_evaluation_data(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddTemplatesAsync(database);
        await ImportAsync(database, Package());
        await using var db = database.Open();
        var hukum = await db.Units.Where(u => u.Code == "HUKUM").Select(u => u.Path).SingleAsync();
        var own = new Dataset { Assessments = [new Assessment("HUKUM", 2022, "indeks_rb", 60m, null, null)] };
        var reaching = new Dataset
        {
            LkeAnswers = [new LkeAnswerRecord("SETDA", 2022, Code, "1.1.1", "Y", null, null)],
            SkmResponses = [new SkmResponse("POD", 2022, "Layanan", [4, 4, 4, 4, 4, 4, 4, 4, 4])],
            UnitGroups = [new UnitGroup("UTAMA", "Kluster utama", ["HUKUM"])],
        };

        var ownProblems = await ImportScope.OutsideAsync(db, own, hukum, CancellationToken.None);
        var reachingProblems = await ImportScope.OutsideAsync(db, reaching, hukum, CancellationToken.None);

        ownProblems.ShouldBeEmpty();
        reachingProblems.Select(p => p.Message).ShouldBe([
            "Kelompok instansi berlaku untuk seluruh instalasi; kelompok.csv hanya boleh diimpor oleh akun dengan cakupan seluruh instalasi.",
            "Instansi POD berada di luar cakupan akun Anda; paket tidak boleh mengubah datanya.",
            "Instansi SETDA berada di luar cakupan akun Anda; paket tidak boleh mengubah datanya.",
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_export_of_one_unit_holds_its_evaluation_data_and_the_groups_its_recaps_name_and_reads_back_valid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddTemplatesAsync(database);
        await ImportAsync(database, Package());
        await using var db = database.Open();
        var setda = await db.Units.Where(u => u.Code == "SETDA").Select(u => u.Path).SingleAsync();
        var hukum = await db.Units.Where(u => u.Code == "HUKUM").Select(u => u.Path).SingleAsync();

        var setdaOnly = await DatasetLoader.LoadAsync(db, setda, descendants: false);
        var hukumOnly = await DatasetLoader.LoadAsync(db, hukum, descendants: false);
        using var zip = new MemoryStream();
        PackageWriter.WriteZip(setdaOnly, zip);
        zip.Position = 0;
        var reread = PackageReader.ReadZip(zip, "setda.zip");

        setdaOnly.LkeAnswers.Select(a => a.Criterion).ShouldBe(["1.1.1", "1.2.1"]);
        setdaOnly.Assessments.ShouldHaveSingleItem().Kind.ShouldBe("indeks_kelembagaan");
        setdaOnly.RecapIndicators.Select(r => r.Indicator).ShouldBe(["SAKIP_MIN_B", "IKM_PD_GT80"]);
        setdaOnly.UnitGroups.ShouldHaveSingleItem().Units.ShouldBe(["SETDA", "HUKUM"]);
        setdaOnly.Units.Select(u => u.Code).ShouldContain("HUKUM");
        // Only the evaluation files are asserted: a one-unit export of the sample also names biro budget lines in pk_program.csv.
        string[] files = ["lke.csv", "skm.csv", "skm_jawaban.csv", "penilaian.csv", "kelompok.csv", "rekap_indikator.csv", "instansi.csv"];
        reread.Problems.Where(p => p.IsError && files.Any(f => p.Field.StartsWith(f, StringComparison.Ordinal))).ShouldBeEmpty();
        hukumOnly.SkmResponses.Count.ShouldBe(3);
        hukumOnly.UnitGroups.ShouldBeEmpty();
    }

    static ImportCount Count(ImportSummary summary, string file) => summary.Files.Single(f => f.File == file);

    /// <summary>Versions 1 and 2 active and 3 retired; returns their ids.</summary>
    static async Task<int[]> AddTemplatesAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var rows = new[] { (1, true), (2, true), (3, false) }.Select(v => new LkeTemplateEntity
        {
            Code = Code,
            Version = v.Item1,
            Name = "LKE uji",
            Regulation = "Aturan uji",
            Json = LkeTemplateJson.Write(Template(v.Item1)),
            Active = v.Item2,
            CreatedAt = Now,
        }).ToList();
        db.LkeTemplates.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    static async Task<ImportSummary> ImportAsync(TestDatabase database, Dataset package)
    {
        await using var db = database.Open();
        return await DatasetImporter.ImportAsync(db, package, "impor", Now);
    }
}
