using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Fields;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Admin;

/// <summary>
/// The schedules (Admin only, <c>/Admin/Jadwal?tahun=</c>): the installation's time zone and reminder days, and per
/// year the entry window of each object and period, filled from the proposed defaults and edited one by one.
/// </summary>
public sealed partial class JadwalModel(SakipDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SettingsInput Zona { get; set; } = new();

    [BindProperty]
    public WindowInput Jadwal { get; set; } = new();

    [BindProperty]
    public DefaultsInput Usulan { get; set; } = new();

    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? tahun, int? ubah, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!DataYears.IsPlausible(tahun))
        {
            return NotFound();
        }
        var year = tahun ?? await DefaultYearAsync(ct);
        Zona = SettingsInput.From(await Schedules.SettingsAsync(db, ct));
        if (ubah is { } id)
        {
            if (await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } edited)
            {
                return NotFound();
            }
            (Jadwal, year) = (WindowInput.From(edited), edited.Year);
        }
        return await ShowAsync(year, ct);
    }

    public async Task<IActionResult> OnPostZonaAsync(int? tahun, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (IndonesianTimeZones.Find(Zona.Zona) is null || !IndonesianTimeZones.Codes.Contains(Zona.Zona!.Trim().ToUpperInvariant()))
        {
            ModelState.AddModelError($"{nameof(Zona)}.{nameof(SettingsInput.Zona)}", "Pilih zona waktu: WIB, WITA atau WIT.");
        }
        if (Zona.Pengingat is null || Zona.Eskalasi is null)
        {
            ModelState.AddModelError($"{nameof(Zona)}.{nameof(SettingsInput.Pengingat)}", "Jumlah hari pengingat dan eskalasi wajib diisi.");
        }
        var year = YearOr(tahun);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(year, ct, StatusCodes.Status400BadRequest);
        }
        var stored = await db.WorkflowSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if ((stored?.Version ?? 0) != (Zona.Versi ?? 0))
        {
            return await SettingsConflictAsync(year, ct);
        }
        if (stored is null)
        {
            // One row, always id 1: two Admins saving the first settings at once collide on the key instead of leaving two rows.
            stored = new WorkflowSettingsEntity { Id = 1 };
            db.WorkflowSettings.Add(stored);
        }
        (stored.TimeZone, stored.RemindDaysBefore, stored.EscalateDaysAfter) = (Zona.Zona!.Trim().ToUpperInvariant(), Zona.Pengingat!.Value, Zona.Eskalasi!.Value);
        if (!await db.TrySaveChangesAsync(ct))
        {
            return await SettingsConflictAsync(year, ct);
        }
        TempData["Pesan"] = $"Zona waktu {stored.TimeZone} dan hari pengingat disimpan.";
        return RedirectToPage(new { tahun = year });
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var typed = Jadwal.Read(ModelState);
        var year = YearOr(Jadwal.Tahun);
        if (typed is not { } w)
        {
            return await ShowAsync(year, ct, StatusCodes.Status400BadRequest);
        }
        var what = $"Jadwal {CycleObjects.Name(w.Kind, w.Year, w.Period)}";
        ScheduleEntity? entity;
        if (Jadwal.Id is { } id)
        {
            entity = await db.Schedules.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (entity is null || entity.Kind != w.Kind || entity.Year != w.Year || entity.Period != w.Period)
            {
                return await WindowConflictAsync(what, null, ct);
            }
            if (Jadwal.Versi is { } opened && opened != entity.Version)
            {
                return await WindowConflictAsync(what, entity, ct);
            }
            db.Expect(entity, Jadwal.Versi);
        }
        else
        {
            if (await db.Schedules.AnyAsync(s => s.Kind == w.Kind && s.Year == w.Year && s.Period == w.Period, ct))
            {
                ModelState.AddModelError($"{nameof(Jadwal)}.{nameof(WindowInput.Objek)}", $"{what} sudah ada; ubah baris yang ada di tabel.");
                return await ShowAsync(year, ct, StatusCodes.Status400BadRequest);
            }
            entity = new ScheduleEntity { Kind = w.Kind, Year = w.Year, Period = w.Period };
            db.Schedules.Add(entity);
        }
        (entity.OpensOn, entity.ClosesOn, entity.Policy) = (w.Window.OpensOn, w.Window.ClosesOn, w.Window.Policy);
        if (!await db.TrySaveChangesAsync(ct))
        {
            return await WindowConflictAsync(what, await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Kind == w.Kind && s.Year == w.Year && s.Period == w.Period, ct), ct);
        }
        TempData["Pesan"] = $"{what} disimpan: ditutup {ScheduleText.Closes(w.Window.ClosesOn, await Schedules.ZoneAsync(db, ct))}.";
        return RedirectToPage(new { tahun = w.Year });
    }

    public async Task<IActionResult> OnPostHapusAsync(int id, int versi, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await db.Schedules.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } entity)
        {
            TempData["Pesan"] = "Jadwal itu sudah dihapus.";
            return RedirectToPage();
        }
        var what = $"Jadwal {CycleObjects.Name(entity.Kind, entity.Year, entity.Period)}";
        if (entity.Version != versi)
        {
            return await WindowConflictAsync(what, entity, ct);
        }
        db.Expect(entity, versi);
        db.Schedules.Remove(entity);
        if (!await db.TrySaveChangesAsync(ct))
        {
            return await WindowConflictAsync(what, await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct), ct);
        }
        TempData["Pesan"] = $"{what} dihapus; tanpa jadwal, tidak ada pengajuan yang terlambat.";
        return RedirectToPage(new { tahun = entity.Year });
    }

    public async Task<IActionResult> OnPostUsulanAsync(CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var p = $"{nameof(Usulan)}.";
        if (Usulan.Tahun is null)
        {
            ModelState.AddModelError(p + nameof(DefaultsInput.Tahun), "Tahun wajib diisi.");
        }
        else if (Usulan.PenetapanAnggaran is { } set && (set.Year < Usulan.Tahun - 1 || set.Year > Usulan.Tahun))
        {
            ModelState.AddModelError(p + nameof(DefaultsInput.PenetapanAnggaran), $"Tanggal penetapan anggaran (DPA) tahun {Usulan.Tahun} harus pada tahun {Usulan.Tahun - 1} atau {Usulan.Tahun}.");
        }
        var year = YearOr(Usulan.Tahun);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(year, ct, StatusCodes.Status400BadRequest);
        }
        var existing = (await Schedules.ForYearAsync(db, year, ct)).Select(s => (s.Kind, s.Period)).ToHashSet();
        var added = DefaultSchedules.For(year, Usulan.PenetapanAnggaran).Where(d => !existing.Contains((d.Kind, d.Period))).ToList();
        db.Schedules.AddRange(added.Select(d => new ScheduleEntity
        {
            Kind = d.Kind,
            Year = year,
            Period = d.Period,
            OpensOn = d.Window.OpensOn,
            ClosesOn = d.Window.ClosesOn,
            Policy = d.Window.Policy,
        }));
        if (!await db.TrySaveChangesAsync(ct))
        {
            ModelState.AddModelError(string.Empty, EditConflict.Gone($"Jadwal tahun {year}").Message);
            return await ShowAsync(year, ct, StatusCodes.Status409Conflict);
        }
        TempData["Pesan"] = $"{added.Count} jadwal usulan bawaan ditambahkan untuk tahun {year}; {existing.Count} jadwal yang sudah ada tidak diubah.";
        return RedirectToPage(new { tahun = year });
    }

    bool IsAdmin => UnitAccess.Of(HttpContext).IsAdmin;

    /// <summary>A year a failed post can show: the one typed when it is plausible, else this year.</summary>
    int YearOr(int? year) => year is { } y && YearRule.IsValid(y) ? y : clock.GetUtcNow().Year;

    async Task<int> DefaultYearAsync(CancellationToken ct) =>
        (await Schedules.YearsAsync(db, ct)).FirstOrDefault() is var latest and > 0 ? latest : TimeZoneInfo.ConvertTime(clock.GetUtcNow(), await Schedules.ZoneAsync(db, ct)).Year;
}
