using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Core.Explaining;
using Sakip.Data;
using Sakip.Web.Infrastructure;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi.Rekap;

/// <summary>
/// The recap of a year's SAKIP evaluation scores (as LKjIP Tabel 3.13): every unit in the caller's scope ranked with
/// score, grade and change, the summary, a year switcher, a group filter and the same table as CSV.
/// </summary>
public sealed class IndexModel(SakipDb db, TimeProvider clock) : PageModel
{
    public View Recap { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? tahun, string? kelompok, CancellationToken ct) =>
        await LoadAsync(tahun, kelompok, ct) is { } view ? Show(view) : NotFound();

    /// <summary>The table as CSV (decimal point, 2 decimals) for a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int? tahun, string? kelompok, CancellationToken ct)
    {
        if (await LoadAsync(tahun, kelompok, ct) is not { } view)
        {
            return NotFound();
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"rekap-evaluasi-{view.Ranking.Ranking.Year}{(kelompok is null ? "" : "-" + kelompok)}.csv");
        return File(Encoding.UTF8.GetBytes(Csv(view.Ranking)), "text/csv; charset=utf-8", name);
    }

    PageResult Show(View view)
    {
        Recap = view;
        return Page();
    }

    internal static string Csv(RankingView view)
    {
        static string N(decimal? v) => v is { } x ? Display.Round(x).ToString("0.00", CultureInfo.InvariantCulture) : "";
        static string Q(string text) => text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var csv = new StringBuilder("peringkat,instansi,nama,nilai,predikat,nilai_tahun_lalu,perubahan\n");
        foreach (var u in view.Ranking.Units)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{u.Rank},{Q(u.Unit)},{Q(view.Source.Name(u.Unit))},{N(u.Score)},{u.Grade?.Label},{N(u.PreviousScore)},{N(u.Change.Value)}\n");
        }
        return csv.ToString();
    }

    /// <summary>Null (404) for an implausible year or a group that does not exist.</summary>
    async Task<View?> LoadAsync(int? tahun, string? kelompok, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || access.ScopePath is not { } scope)
        {
            return null;
        }
        var source = await RecapData.LoadAsync(db, scope, ct);
        var group = source.Group(kelompok);
        if (kelompok is not null && group is null)
        {
            return null;
        }
        var years = source.ScoreYears;
        var year = tahun ?? (years.Count > 0 ? years[0] : clock.GetLocalNow().Year);
        var ranking = EvaluationRanking.For(year, source.Data.Evaluations, source.Data.ScaleSet().SakipGrade, group);
        var indicators = await db.RecapIndicators.AsNoTracking()
            .Join(db.Indicators.Where(i => i.PlanElement.Unit.Path.StartsWith(scope)), r => r.IndicatorId, i => i.Id, (r, i) => new { i.Code, i.Name })
            .OrderBy(i => i.Code).ToListAsync(ct);
        return new View(new RankingView(ranking, source, kelompok), DataYears.Offered(years, year), [.. source.Data.UnitGroups.Select(g => (g.Code, g.Name))], scope == "/",
            [.. indicators.Select(i => (i.Code, i.Name))]);
    }

    /// <param name="Indicators">The indicators in scope whose realisasi comes from a recap.</param>
    public sealed record View(RankingView Ranking, IReadOnlyList<int> Years, IReadOnlyList<(string Code, string Name)> Groups, bool Installation,
        IReadOnlyList<(string Code, string Name)> Indicators);
}
