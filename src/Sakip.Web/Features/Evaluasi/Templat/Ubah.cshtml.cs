using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Templat;

/// <summary>
/// The Admin edits a copied template: names, weights, criteria (text, answer type, evidence, proof, rules; add and
/// remove). Saving validates with <see cref="LkeTemplate.Create"/>, shows each problem beside its component,
/// sub-component or criterion, and stores the next version; the version edited stays as it was.
/// </summary>
public sealed partial class UbahModel(SakipDb db, TimeProvider clock) : PageModel
{
    public TemplateRow Source { get; private set; } = null!;

    public LkeTemplate Template { get; private set; } = null!;

    [BindProperty]
    public Input Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        Form = Input.From(Template);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        var latest = await db.LkeTemplates.Where(t => t.Code == Source.Code).MaxAsync(t => t.Version, ct);
        if (latest != Source.Version)
        {
            ModelState.AddModelError(string.Empty, $"Templat {Source.Code} sudah memiliki versi {latest} sejak halaman ini dibuka; ubah versi terbaru agar perubahan di sana tidak hilang.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var template = ModelState.IsValid ? Build() : null;
        if (template is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (row, problems) = await TemplateVersions.SaveNextAsync(db, template, UnitAccess.Of(HttpContext).DisplayName, clock.GetUtcNow(), ct);
        if (row is null)
        {
            ModelState.AddModelError(string.Empty, problems[0].Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Pesan"] = $"Templat {row.Code} versi {row.Version} disimpan; versi {Source.Version} tetap dipakai evaluasi yang memakainya.";
        return Redirect($"/Evaluasi/Templat/Lihat?id={row.Id}");
    }

    /// <summary>The template the form describes, or null with every problem beside the field it concerns.</summary>
    LkeTemplate? Build()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<LkeLogicRule>();
        var components = new List<LkeComponent>();
        foreach (var (c, ci) in Form.Komponen.Select((c, i) => (c, i)))
        {
            var cKey = $"Form.Komponen[{ci}]";
            keys.TryAdd((c.Kode ?? "").Trim(), cKey + ".Nama");
            var subs = new List<LkeSubComponent>();
            foreach (var (s, si) in c.Sub.Select((s, i) => (s, i)))
            {
                var sKey = $"{cKey}.Sub[{si}]";
                keys.TryAdd((s.Kode ?? "").Trim(), sKey + ".Nama");
                var criteria = new List<LkeCriterion>();
                foreach (var (k, ki) in s.Kriteria.Select((k, i) => (k, i)))
                {
                    var kKey = $"{sKey}.Kriteria[{ki}]";
                    if (k.Hapus || (string.IsNullOrWhiteSpace(k.Kode) && string.IsNullOrWhiteSpace(k.Uraian)))
                    {
                        continue;
                    }
                    var code = (k.Kode ?? "").Trim();
                    keys.TryAdd(code, kKey + ".Uraian");
                    var proof = ProofKinds.Parse(k.SumberBukti);
                    if (proof is null)
                    {
                        ModelState.AddModelError(kKey + ".SumberBukti", $"Sumber bukti kriteria {code} tidak dikenal.");
                    }
                    if (LkeLogicRules.Parse(code, k.Syarat, out var error) is { } parsed)
                    {
                        rules.AddRange(parsed);
                    }
                    else
                    {
                        ModelState.AddModelError(kKey + ".Syarat", Sentence(error!));
                    }
                    criteria.Add(new LkeCriterion(code, (k.Uraian ?? "").Trim(), k.Jawaban == "yt" ? AnswerType.YesNo : AnswerType.Grade,
                        string.IsNullOrWhiteSpace(k.Bukti) ? null : k.Bukti.Trim(), proof ?? ProofKind.None));
                }
                subs.Add(new LkeSubComponent((s.Kode ?? "").Trim(), (s.Nama ?? "").Trim(), Weight(s.Bobot, sKey + ".Bobot"), criteria));
            }
            components.Add(new LkeComponent((c.Kode ?? "").Trim(), (c.Nama ?? "").Trim(), Weight(c.Bobot, cKey + ".Bobot"), subs));
        }
        var template = LkeTemplate.Create(Source.Code, Form.Nama ?? "", Form.Regulasi ?? "", Source.Version + 1, components, rules, out var problems);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(keys.GetValueOrDefault(problem.Field, string.Empty), Sentence(problem.Message));
        }
        return ModelState.IsValid ? template : null;
    }

    decimal Weight(string? text, string key)
    {
        // Weights are typed as in id-ID (4,5); a point is read as the decimal point too, since no weight reaches a thousand.
        if (decimal.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight))
        {
            return weight;
        }
        ModelState.AddModelError(key, "Bobot harus berupa angka, misalnya 4,5.");
        return 0m;
    }

    static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..] + ".";

    /// <summary>Loads the version edited; a refusal (403 for a non-Admin, 404 for a missing or built-in version) otherwise.</summary>
    async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (!UnitAccess.Of(HttpContext).IsAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var row = (await TemplateRows.AllAsync(db, ct)).FirstOrDefault(t => t.Id == id);
        if (row is null || row.BuiltIn || await TemplateVersions.ReadAsync(db, id, ct) is not { } template)
        {
            return NotFound();
        }
        (Source, Template) = (row, template);
        return null;
    }
}
