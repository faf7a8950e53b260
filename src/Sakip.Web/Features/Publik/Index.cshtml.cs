using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Data.Reporting;
using Sakip.Web.Features.Laporan;

namespace Sakip.Web.Features.Publik;

/// <summary>
/// The public page (no sign-in): each unit's published LKjIP, PK and IKU by year, as the PDFs published. Only
/// publications are read here; nothing else of the database is reachable from this folder.
/// </summary>
public sealed class IndexModel(SakipDb db) : PageModel
{
    public IReadOnlyList<UnitGroup> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await Publications.CurrentAsync(db, db.PublishedReports, ct);
        Units = [.. current.GroupBy(p => (p.UnitPath, p.UnitName)).OrderBy(g => g.Key.UnitPath, StringComparer.Ordinal)
            .Select(g => new UnitGroup(g.Key.UnitName, [.. g.GroupBy(p => p.Year).OrderByDescending(y => y.Key)
                .Select(y => new YearRow(y.Key, [.. y.OrderBy(p => p.Kind)]))]))];
    }

    public static string Title(PublishedReportKind kind) => ReportKind.Of(kind).Title;

    public sealed record UnitGroup(string Name, IReadOnlyList<YearRow> Years);

    public sealed record YearRow(int Year, IReadOnlyList<Publications.Listed> Documents);
}
