using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Problems;

namespace Sakip.Data.Exchange;

/// <summary>
/// Which stored units and indicators a package's records would touch outside an importer's scope (a unit's import
/// touches only its subtree). Every list is read, the report's content too, so a narrative, staff count, PK or
/// comparison value cannot reach another unit's data even when the package does not list that unit.
/// </summary>
public static class ImportScope
{
    /// <param name="scopePath">The importer's unit path (<c>UnitEntity.Path</c>); "/" for the whole installation.</param>
    /// <returns>One problem per stored unit or indicator outside the scope; records that are new are the web's to check.</returns>
    public static async Task<IReadOnlyList<Problem>> OutsideAsync(SakipDb db, Dataset data, string scopePath, CancellationToken ct)
    {
        if (scopePath == "/")
        {
            return [];
        }
        var unitCodes = UnitCodes(data).ToList();
        var indicatorCodes = IndicatorCodes(data).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code) && !u.Path.StartsWith(scopePath))
            .OrderBy(u => u.Code).Select(u => u.Code).ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorCodes.Contains(i.Code) && !i.PlanElement.Unit.Path.StartsWith(scopePath))
            .OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(ct);
        return
        [
            .. GroupsProblem(data),
            .. units.Select(code => new Problem("instansi", $"Instansi {code} berada di luar cakupan akun Anda; paket tidak boleh mengubah datanya.")),
            .. indicators.Select(code => new Problem("indikator", $"Indikator {code} milik instansi di luar cakupan akun Anda; paket tidak boleh mengubah datanya.")),
        ];
    }

    /// <summary>Every unit code any list of the package names.</summary>
    internal static HashSet<string> UnitCodes(Dataset data) =>
    [
        .. data.Units.Select(u => u.Code), .. data.PlanElements.Select(p => p.Unit), .. data.BudgetLines.Select(b => b.Unit),
        .. data.Evaluations.Select(e => e.Unit), .. data.Recommendations.Select(r => r.Unit), .. data.Agreements.Select(a => a.Unit),
        .. data.AgreementPrograms.Select(p => p.Unit), .. data.Narratives.Select(n => n.Unit), .. data.Staff.Select(s => s.Unit),
        .. data.Facilities.Select(f => f.Unit), .. data.LkeAnswers.Select(a => a.Unit), .. data.SkmResults.Select(s => s.Unit),
        .. data.SkmResponses.Select(s => s.Unit), .. data.Assessments.Select(a => a.Unit),
    ];

    /// <summary>A unit group spans units across the installation, so only an installation-wide importer may change groups.</summary>
    static IEnumerable<Problem> GroupsProblem(Dataset data) => data.UnitGroups.Count == 0 ? [] :
        [new Problem("kelompok", "Kelompok instansi berlaku untuk seluruh instalasi; kelompok.csv hanya boleh diimpor oleh akun dengan cakupan seluruh instalasi.")];

    static HashSet<string> IndicatorCodes(Dataset data) =>
    [
        .. data.Indicators.Select(i => i.Code), .. data.Targets.Select(t => t.Indicator), .. data.Realisations.Select(r => r.Indicator),
        .. data.Components.Select(c => c.Indicator), .. data.Comparisons.Select(c => c.Indicator),
        .. data.BudgetLines.Where(b => b.Indicator is not null).Select(b => b.Indicator!), .. data.RecapIndicators.Select(r => r.Indicator),
    ];
}
