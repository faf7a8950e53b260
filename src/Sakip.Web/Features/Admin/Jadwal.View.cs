using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Admin;

public sealed partial class JadwalModel
{
    async Task<PageResult> ShowAsync(int year, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var zone = await Schedules.ZoneAsync(db, ct);
        var stored = await Schedules.ForYearAsync(db, year, ct);
        var set = stored.Select(s => (s.Kind, s.Period)).ToHashSet();
        var proposals = DefaultSchedules.For(year).Where(d => !set.Contains((d.Kind, d.Period)))
            .Select(d => new Proposal(CycleObjects.Name(d.Kind, year, d.Period), ScheduleText.Opens(d.Window.OpensOn, zone), ScheduleText.Closes(d.Window.ClosesOn, zone), d.Basis))
            .ToList();
        var rows = stored.Select(s => new Row(s.Id, CycleObjects.Name(s.Kind, year, s.Period), ScheduleText.Opens(s.OpensOn, zone),
            ScheduleText.Closes(s.ClosesOn, zone), ScheduleText.Policy(s.Policy), s.Version)).ToList();
        if (Zona.Zona is null)
        {
            Zona = SettingsInput.From(await Schedules.SettingsAsync(db, ct));
        }
        Jadwal.Tahun ??= year;
        Jadwal.Periode ??= "tahunan";
        Usulan.Tahun ??= year;
        Screen = new View(year, zone.Id, rows, proposals, DataYears.Offered(await Schedules.YearsAsync(db, ct), year));
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>409: someone saved the settings since the form was opened; the form keeps what was typed with the stored version.</summary>
    async Task<PageResult> SettingsConflictAsync(int year, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await Schedules.SettingsAsync(db, ct);
        ModelState.AddModelError(string.Empty, EditConflict.Problem("Pengaturan zona waktu", current.Version,
            $"zona {current.TimeZone}, pengingat {current.RemindDaysBefore} hari, eskalasi {current.EscalateDaysAfter} hari").Message);
        ModelState.Remove($"{nameof(Zona)}.{nameof(SettingsInput.Versi)}");
        Zona.Versi = current.Version;
        return await ShowAsync(year, ct, StatusCodes.Status409Conflict);
    }

    /// <summary>409: the window was changed or removed since the form was opened; the form keeps what was typed.</summary>
    async Task<PageResult> WindowConflictAsync(string what, ScheduleEntity? current, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var zone = await Schedules.ZoneAsync(db, ct);
        var problem = current is null ? EditConflict.Gone(what)
            : EditConflict.Problem(what, current.Version, $"dibuka {ScheduleText.Opens(current.OpensOn, zone)}, ditutup {ScheduleText.Closes(current.ClosesOn, zone)}, pengajuan terlambat {ScheduleText.Policy(current.Policy)}");
        ModelState.AddModelError(string.Empty, problem.Message);
        ModelState.Remove($"{nameof(Jadwal)}.{nameof(WindowInput.Versi)}");
        Jadwal.Versi = current?.Version;
        if (current is null)
        {
            Jadwal.Id = null;
        }
        return await ShowAsync(current?.Year ?? YearOr(Jadwal.Tahun), ct, StatusCodes.Status409Conflict);
    }

    /// <summary>The period choices of the form: tw1..tw4 and tahunan.</summary>
    public static IReadOnlyList<Period> PeriodChoices => Periods.All;

    public sealed record View(int Year, string Zone, IReadOnlyList<Row> Rows, IReadOnlyList<Proposal> Missing, IReadOnlyList<int> Years);

    public sealed record Row(int Id, string Name, string Opens, string Closes, string Policy, int Version);

    /// <summary>A default window not yet set for the year, shown before the Admin fills them in.</summary>
    public sealed record Proposal(string Name, string Opens, string Closes, string Basis);
}
