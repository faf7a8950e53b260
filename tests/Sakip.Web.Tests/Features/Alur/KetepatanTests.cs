using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Reporting;
using Sakip.Data.Workflow;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Alur;

/// <summary>
/// The timeliness record (/Alur/Ketepatan, its CSV and the API) on the demo data, looked at on 10 October 2021 at noon
/// in Jakarta, with submissions whose statuses were worked out by hand, two of them on the boundary minute.
/// </summary>
public sealed class KetepatanTests : IClassFixture<KetepatanTests.App>
{
    readonly App fixture;

    public KetepatanTests(App fixture) => this.fixture = fixture;

    /// <summary>The demo app with the clock fixed and the 2021 schedules and submissions stored once.</summary>
    public sealed class App : IAsyncLifetime, IDisposable
    {
        public static readonly DateTimeOffset Now = At("2021-10-10T12:00:00+07:00");

        readonly SakipWebFactory factory = new();

        public WebApplicationFactory<Program> Web { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Web = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Now))));
            await using var scope = Web.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Sakip.Data.SakipDb>();
            db.Schedules.AddRange(
                new ScheduleEntity { Kind = CycleObject.Agreement, Year = 2021, Period = Period.Annual, ClosesOn = new DateOnly(2021, 2, 28), Policy = LatePolicy.Refuse },
                new ScheduleEntity { Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q1, OpensOn = new DateOnly(2021, 4, 1), ClosesOn = new DateOnly(2021, 4, 15) },
                new ScheduleEntity { Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q3, OpensOn = new DateOnly(2021, 10, 1), ClosesOn = new DateOnly(2021, 10, 15) });
            var units = await db.Units.Where(u => u.Code == "SETDA" || u.Code == "POD" || u.Code == "DINKES").ToDictionaryAsync(u => u.Code, u => u.Id);
            db.WorkflowItems.AddRange(
                Item(units["SETDA"], CycleObject.Agreement, Period.Annual, "2021-02-28T23:59:00+07:00"),
                Item(units["SETDA"], CycleObject.Realisation, Period.Q1, "2021-04-15T23:59:00+07:00"),
                Item(units["POD"], CycleObject.Realisation, Period.Q1, "2021-04-16T00:00:00+07:00"),
                Item(units["DINKES"], CycleObject.Agreement, Period.Annual, "2021-01-20T10:00:00+07:00"),
                Item(units["DINKES"], CycleObject.Realisation, Period.Q1, "2021-04-02T10:00:00+07:00"),
                Item(units["DINKES"], CycleObject.Realisation, Period.Q3, "2021-10-05T10:00:00+07:00"));
            await db.SaveChangesAsync();
        }

        static WorkflowItemEntity Item(int unit, CycleObject kind, Period period, string submitted) => new()
        {
            UnitId = unit,
            Kind = kind,
            Year = 2021,
            Period = period,
            Status = ApprovalStatus.Submitted,
            FirstSubmittedAt = At(submitted),
            SubmittedAt = At(submitted),
        };

        public async Task<HttpClient> SignInAsync(string email)
        {
            var client = Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var response = await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
            {
                ["Form.Email"] = email,
                ["Form.Password"] = Sakip.Web.Infrastructure.DemoAccounts.Password,
            }));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            return client;
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            Web?.Dispose();
            factory.Dispose();
        }
    }

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_record_shows_hand_computed_statuses_scores_and_ranks_with_the_boundary_minute()
    {
        var evaluator = await fixture.SignInAsync("evaluator@demo.sakip.id");

        var json = JsonNode.Parse(await evaluator.GetStringAsync("/api/v1/alur/ketepatan/2021"))!;

        json["zona"]!.GetValue<string>().ShouldBe("WIB");
        json["jadwal"]!.AsArray().Select(j => j!["kunci"]!.GetValue<string>()).ShouldBe(["pk-tahunan", "realisasi-tw1", "realisasi-tw3"]);
        json["jadwal"]![1]!["batas"]!.GetValue<string>().ShouldBe("15-04-2021 pukul 23.59 WIB");
        var units = json["instansi"]!.AsArray().ToDictionary(u => u!["instansi"]!.GetValue<string>(), u => u!);
        // SETDA: PK at 23.59 on the closing day, quarter I at 23.59 on the closing day; quarter III still open.
        Statuses(units["SETDA"]).ShouldBe(["tepat", "tepat", "belum_jatuh_tempo"]);
        units["SETDA"]["nilai"]!.GetValue<decimal>().ShouldBe(100m);
        // POD: no PK (missing), quarter I at 00.00 the day after (late): (0 + 0,5) / 2 × 100.
        Statuses(units["POD"]).ShouldBe(["tidak_ada", "terlambat", "belum_jatuh_tempo"]);
        units["POD"]["nilai"]!.GetValue<decimal>().ShouldBe(25m);
        units["POD"]["penjelasan"]!["perhitungan"]!.GetValue<string>().ShouldBe("Nilai = (0 + 0,5 × 1) / (0 + 1 + 1) × 100 = 25,00");
        Statuses(units["DINKES"]).ShouldBe(["tepat", "tepat", "tepat"]);
        units["DINKES"]["peringkat"]!.GetValue<int>().ShouldBe(1);
        units["SETDA"]["peringkat"]!.GetValue<int>().ShouldBe(1);
        units["POD"]["peringkat"]!.GetValue<int>().ShouldBeGreaterThan(2);
    }

    static List<string> Statuses(JsonNode unit) => [.. unit["status"]!.AsArray().Select(s => s!["status"]!.GetValue<string>())];

    [Fact]
    public async Task A_Pimpinan_sees_only_the_units_of_their_scope_and_the_page_and_CSV_say_the_same()
    {
        var leader = await fixture.SignInAsync("pimpinan@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await leader.GetStringAsync("/Alur/Ketepatan?tahun=2021"));
        var csv = await leader.GetStringAsync("/Alur/Ketepatan?handler=Csv&tahun=2021");

        html.ShouldContain("data-kode=\"SETDA\"");
        html.ShouldContain("data-kode=\"POD\"");
        html.ShouldNotContain("data-kode=\"DINKES\"");
        html.ShouldContain("Hanya unit dalam cakupan Anda yang ditampilkan.");
        html.ShouldContain("title=\"Batas 28-02-2021 pukul 23.59 WIB\"");
        html.ShouldContain("16-04-2021 00.00 WIB");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("peringkat,instansi,nama,pk-tahunan,realisasi-tw1,realisasi-tw3,tepat,terlambat,tidak_ada,belum_jatuh_tempo,nilai");
        lines.ShouldContain(l => l.StartsWith("1,SETDA,", StringComparison.Ordinal) && l.EndsWith(",tepat,tepat,belum_jatuh_tempo,2,0,0,1,100.00", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains(",POD,", StringComparison.Ordinal) && l.EndsWith(",tidak_ada,terlambat,belum_jatuh_tempo,0,1,1,1,25.00", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains(",DINKES,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_LKjIP_counts_as_submitted_when_first_published()
    {
        await using (var scope = fixture.Web.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Sakip.Data.SakipDb>();
            var bappeda = await db.Units.Where(u => u.Code == "BAPPEDA").Select(u => u.Id).SingleAsync();
            db.Schedules.Add(new ScheduleEntity { Kind = CycleObject.Lkjip, Year = 2020, Period = Period.Annual, ClosesOn = new DateOnly(2021, 2, 28) });
            db.PublishedReports.Add(new PublishedReportEntity
            {
                UnitId = bappeda,
                Year = 2020,
                Kind = PublishedReportKind.Lkjip,
                FileName = "lkjip-2020.pdf",
                Content = [1],
                PublishedAt = At("2021-03-01T00:00:00+07:00"),
                PublishedBy = "uji",
            });
            await db.SaveChangesAsync();
        }
        var admin = await fixture.SignInAsync("admin@demo.sakip.id");

        var json = JsonNode.Parse(await admin.GetStringAsync("/api/v1/alur/ketepatan/2020"))!;

        var bappedaRow = json["instansi"]!.AsArray().Single(u => u!["instansi"]!.GetValue<string>() == "BAPPEDA")!;
        Statuses(bappedaRow).ShouldBe(["terlambat"]);
    }

    [Theory]
    [InlineData("perencana@demo.sakip.id")]
    [InlineData("verifikator@demo.sakip.id")]
    public async Task Planners_and_verifiers_are_refused_the_page_the_CSV_and_the_API(string email)
    {
        var client = await fixture.SignInAsync(email);

        (await client.GetAsync("/Alur/Ketepatan")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Alur/Ketepatan?handler=Csv&tahun=2021")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/v1/alur/ketepatan/2021")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/Alur/Ketepatan?tahun=99999", HttpStatusCode.NotFound)]
    [InlineData("/Alur/Ketepatan?tahun=-5", HttpStatusCode.NotFound)]
    [InlineData("/Alur/Ketepatan?tahun=abc", HttpStatusCode.OK)]
    [InlineData("/Alur/Ketepatan?handler=Csv&tahun=0", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/alur/ketepatan/2147483647", HttpStatusCode.NotFound)]
    [InlineData("/Alur/Ketepatan?tahun=2099", HttpStatusCode.OK)]
    public async Task Extreme_years_are_not_found_never_an_error(string url, HttpStatusCode expected)
    {
        var admin = await fixture.SignInAsync("admin@demo.sakip.id");

        (await admin.GetAsync(url)).StatusCode.ShouldBe(expected);
    }
}
