using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Reporting;
using Sakip.Reports.Rendering;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// Publishing a unit's LKjIP, PK or IKU table of a year to the public page, and withdrawing it. What is published is
/// the PDF rendered at that moment; a newer publication supersedes the older, which stays in the database.
/// </summary>
public static class Publications
{
    /// <summary>The current publication of each (unit, year, kind): the newest not withdrawn. Content is not read.</summary>
    public static async Task<List<Listed>> CurrentAsync(SakipDb db, IQueryable<PublishedReportEntity> rows, CancellationToken ct)
    {
        var all = await rows.Where(p => p.WithdrawnAt == null)
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new Listed(p.Id, p.UnitId, u.Code, u.Name, u.Path, p.Year, p.Kind, p.FileName, p.PublishedAt, p.PublishedBy))
            .ToListAsync(ct);
        return [.. all.GroupBy(p => (p.UnitId, p.Year, p.Kind)).Select(g => g.MaxBy(p => p.Id)!)];
    }

    /// <summary>Builds and renders the document as PDF and stores it as the current publication.</summary>
    public static async Task<Outcome<PublishedReportEntity>> PublishAsync(
        SakipDb db, ReportRendering rendering, UnitRef unit, int year, ReportKind kind, string by, DateTimeOffset now, CancellationToken ct)
    {
        if (kind.Publishable is not { } publishable)
        {
            return Outcomes.Fail<PublishedReportEntity>($"{kind.Title} tidak diterbitkan untuk publik.");
        }
        var built = rendering.Build(kind, await ReportRendering.LoadAsync(db, unit, year, ct), unit, year);
        if (built.Value is not { } document)
        {
            return Outcomes.Fail<PublishedReportEntity>(built.Failure!);
        }
        var rendered = await rendering.RenderAsync(document, ReportFormat.Pdf, ct);
        if (rendered.Value is not { } file)
        {
            return Outcomes.Fail<PublishedReportEntity>(rendered.Failure!);
        }
        var row = new PublishedReportEntity
        {
            UnitId = unit.Id,
            Year = year,
            Kind = publishable,
            FileName = file.FileName,
            Content = file.Content,
            PublishedAt = now,
            PublishedBy = by,
        };
        db.PublishedReports.Add(row);
        await db.SaveChangesAsync(ct);
        return Outcomes.Of<PublishedReportEntity>(row);
    }

    /// <summary>Withdraws every publication of the document (the current and the ones it superseded), with the reason.</summary>
    public static async Task<int> WithdrawAsync(SakipDb db, int unitId, int year, PublishedReportKind kind, string reason, string by, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.PublishedReports.Where(p => p.UnitId == unitId && p.Year == year && p.Kind == kind && p.WithdrawnAt == null).ToListAsync(ct);
        foreach (var row in rows)
        {
            (row.WithdrawnAt, row.WithdrawnBy, row.WithdrawalReason) = (now, by, reason);
        }
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    public sealed record Listed(
        int Id, int UnitId, string UnitCode, string UnitName, string UnitPath, int Year, PublishedReportKind Kind, string FileName, DateTimeOffset PublishedAt, string PublishedBy)
    {
        public string DownloadLink => $"/Publik/Unduh/{Id}";
    }
}
