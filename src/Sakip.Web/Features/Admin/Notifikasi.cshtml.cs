using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure;
using Sakip.Web.Infrastructure.Mail;

namespace Sakip.Web.Features.Admin;

/// <summary>The e-mail outbox (Admin only): what was queued, sent or failed, newest first; and a reminder round on demand.</summary>
public sealed class NotifikasiModel(SakipDb db, MailSettings mail, OutboxSignal outbox, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>semua, tertunda, terkirim or gagal.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "hal")]
    public int PageNumber { get; set; } = 1;

    public bool MailEnabled => mail.Enabled;
    public string Server => mail.Enabled ? mail.ToString() : "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Counts Totals { get; private set; } = new(0, 0, 0);
    public int Pages { get; private set; } = 1;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Filter = Filter?.Trim().ToLowerInvariant() is "tertunda" or "terkirim" or "gagal" ? Filter.Trim().ToLowerInvariant() : "semua";
        var all = db.Notifications.AsNoTracking();
        Totals = new Counts(
            await all.CountAsync(n => n.SentAt == null && n.Attempts < OutboxSender.MaxAttempts, ct),
            await all.CountAsync(n => n.SentAt != null, ct),
            await all.CountAsync(n => n.SentAt == null && n.LastError != null, ct));
        var shown = Filter switch
        {
            "tertunda" => all.Where(n => n.SentAt == null && n.Attempts < OutboxSender.MaxAttempts),
            "terkirim" => all.Where(n => n.SentAt != null),
            "gagal" => all.Where(n => n.SentAt == null && n.LastError != null),
            _ => all,
        };
        Pages = Math.Max(1, (await shown.CountAsync(ct) + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Zone = await Schedules.ZoneAsync(db, ct);
        Rows = await shown.OrderByDescending(n => n.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(n => new Row(n.Id, n.Kind, n.ToName, n.ToAddress, n.Subject, n.CreatedAt, n.SentAt, n.Attempts, n.LastError))
            .ToListAsync(ct);
        return Page();
    }

    /// <summary>Runs a reminder round now (as the hourly one does) and says how many e-mails it queued.</summary>
    public async Task<IActionResult> OnPostPengingatAsync(CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!mail.Enabled)
        {
            TempData["Pesan"] = "Surel tidak aktif (Smtp__Host belum diatur), jadi tidak ada pengingat yang dimasukkan ke antrean.";
            return RedirectToPage();
        }
        var queued = await ReminderRounds.RunAsync(db, outbox, clock, ct);
        TempData["Pesan"] = queued == 0
            ? "Tidak ada pengingat baru: semua pengingat yang jatuh tempo sudah pernah dikirim, atau semua unit sudah mengajukan."
            : $"{queued} pengingat dimasukkan ke antrean dan segera dikirim.";
        return RedirectToPage();
    }

    public sealed record Row(int Id, string Kind, string ToName, string ToAddress, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, int Attempts, string? LastError)
    {
        public string Status => SentAt is not null ? "Terkirim"
            : Attempts >= OutboxSender.MaxAttempts ? "Gagal (berhenti dicoba)"
            : LastError is not null ? "Gagal, akan dicoba lagi"
            : "Tertunda";
    }

    public sealed record Counts(int Pending, int Sent, int Failed);
}
