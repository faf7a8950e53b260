using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Core.Evaluation.Lke;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Templat;

/// <summary>One template version: components, sub-components and criteria with weights, answer type, evidence, proof and rules.</summary>
public sealed class LihatModel(SakipDb db) : PageModel
{
    public TemplateRow Row { get; private set; } = null!;

    public LkeTemplate Template { get; private set; } = null!;

    public bool CanAdminister { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var row = (await TemplateRows.AllAsync(db, ct)).FirstOrDefault(t => t.Id == id);
        if (row is null || await TemplateVersions.ReadAsync(db, id, ct) is not { } template)
        {
            return NotFound();
        }
        (Row, Template, CanAdminister) = (row, template, UnitAccess.Of(HttpContext).IsAdmin);
        return Page();
    }

    public string RulesOf(string criterion) => LkeLogicRules.Format(Template.Rules.Where(r => r.Criterion == criterion));

}
