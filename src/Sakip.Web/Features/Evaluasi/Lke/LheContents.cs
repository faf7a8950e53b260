using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Reports.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Lke;

/// <summary>The LHE of a final evaluation as the document prints it, with last year's scores when the unit has them.</summary>
internal static class LheContents
{
    public static async Task<LheContent> LoadAsync(SakipDb db, UnitRef unit, Worksheet sheet, CancellationToken ct)
    {
        var previous = await db.EvaluationScores.AsNoTracking().Where(s => s.UnitId == unit.Id && s.Year == sheet.Year - 1)
            .Select(s => new { s.Component, s.Score }).ToListAsync(ct);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.EvaluationId == sheet.Id).OrderBy(r => r.Id)
            .Select(r => new LheRecommendation(r.Number, r.Component, r.Text)).ToListAsync(ct);
        var byComponent = previous.GroupBy(s => s.Component ?? LheContent.FinalKey).ToDictionary(g => g.Key, g => g.First().Score);
        if (previous.Count > 0 && !byComponent.ContainsKey(LheContent.FinalKey))
        {
            // A year recorded by components only: its final is their sum, as EvaluationRules.FinalScore takes it.
            byComponent[LheContent.FinalKey] = previous.Sum(s => s.Score ?? 0m);
        }
        return new LheContent(unit.Name, sheet.Year, sheet.Lhe.Number, sheet.Lhe.Date, sheet.Template, sheet.EvaluatorScore(WorksheetPage.Grades),
            byComponent, sheet.Lhe.Narrative, recommendations, sheet.Lhe.SignerName, sheet.Lhe.SignerPosition, sheet.Lhe.SignerNip);
    }
}
