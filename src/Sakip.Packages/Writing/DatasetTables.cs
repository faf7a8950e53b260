using System.Globalization;
using Sakip.Core;
using Sakip.Core.Scales;
using Sakip.Packages.Schema;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Writing;

/// <summary>
/// Turns a dataset back into package tables in the canonical form: decimal point, codes, every column of the spec (the
/// files and columns added for the reports only when the data uses them).
/// </summary>
static class DatasetTables
{
    public static IReadOnlyList<Table> From(Dataset data)
    {
        var scales = data.ScaleSet();
        var tables = new List<Table?>
        {
            Build(PackageSchema.Units, data.Units, u => [u.Code, u.Name, u.Parent, Codes.Of(u.Kind), u.ShortName]),
            Build(PackageSchema.Plan, data.PlanElements, p => [p.Code, p.Unit, Codes.Of(p.Kind), p.Parent, p.Statement, Int(p.PeriodStart), Int(p.PeriodEnd)]),
            Build(PackageSchema.Indicators, data.Indicators, i =>
            [
                i.Code, i.PlanElement, i.Name, i.Measure, Codes.Of(i.Direction), Codes.Of(i.Aggregation), i.IsKey ? "ya" : null,
                i.Formula, i.Numerator, i.Denominator, i.DataSource, i.Responsible, Int(i.Order), i.EvidenceRequired ? "ya" : null,
            ], _ => data.Indicators.Any(i => i.EvidenceRequired)),
            Build(PackageSchema.Targets, data.Targets, t => [t.Indicator, Int(t.Year), Codes.Of(t.Kind), Required(t.Value, t.Text, scales), Dec(t.Max), t.Text]),
            Build(PackageSchema.Realisations, data.Realisations, r =>
            [
                r.Indicator, Int(r.Year), Codes.Of(r.Period), Required(r.Value, r.Text, scales), r.Text, Dec(r.PrintedCapaian), r.Note,
                r.Analysis?.SupportingFactors, r.Analysis?.InhibitingFactors, r.Analysis?.Solutions, Code(r.Status),
            ], column => UsedInRealisations(data, column)),
            Build(PackageSchema.Components, data.Components, c => [c.Indicator, Int(c.Year), Codes.Of(c.Period), Codes.Of(c.Kind), Dec(c.Value), c.Source]),
            Build(PackageSchema.Budget, data.BudgetLines, b =>
            [
                b.Code, b.Unit, Int(b.Year), Codes.Of(b.Level), b.Parent, b.Name, b.PlanElement, b.Indicator,
                Dec(b.Ceiling), Dec(b.Spent), Dec(b.PrintedPercent),
                Dec(b.Quarters?.Q1), Dec(b.Quarters?.Q2), Dec(b.Quarters?.Q3), Dec(b.Quarters?.Q4),
            ], column => UsedInBudget(data, column)),
            Build(PackageSchema.Evaluations, data.Evaluations, e => [e.Unit, Int(e.Year), e.Component, Dec(e.Weight), Dec(e.Score) ?? "-", e.PrintedGrade]),
            Build(PackageSchema.Recommendations, data.Recommendations, r =>
                [r.Unit, Int(r.Year), r.Number, r.Component, r.Text, r.FollowUp, r.Status is { } s ? Codes.Of(s) : null, r.PrintedStatus]),
            Build(PackageSchema.Scales, data.Scales.SelectMany(s => s.Bands.Select(b => (s.Name, b))), x =>
                [x.Name, x.b.Label, Dec(x.b.Lower), Dec(x.b.Upper)]),
            Build(PackageSchema.Agreements, data.Agreements, a =>
            [
                a.Unit, Int(a.Year), Int(a.Version),
                a.FirstParty.Name, a.FirstParty.Nip, a.FirstParty.Position, Codes.Of(a.FirstParty.Acting),
                a.SecondParty.Name, a.SecondParty.Nip, a.SecondParty.Position, Codes.Of(a.SecondParty.Acting),
                a.SignedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Place,
            ]),
            Build(PackageSchema.AgreementPrograms, data.AgreementPrograms, p => [p.Unit, Int(p.Year), p.Name, Dec(p.Amount), p.BudgetLine]),
            Build(PackageSchema.Narratives, data.Narratives, n => [n.Unit, Int(n.Year), Codes.Of(n.Section), n.PlanElement, n.Text]),
            Build(PackageSchema.Staff, data.Staff, s => [s.Unit, Int(s.Year), s.Position, s.Rank, s.Education, Code(s.Gender), Int(s.Count)]),
            Build(PackageSchema.Facilities, data.Facilities, f => [f.Unit, Int(f.Year), f.Name, Dec(f.Quantity), f.Measure, f.Condition, f.Note]),
            Build(PackageSchema.Comparisons, data.Comparisons, c => [c.Indicator, Int(c.Year), Dec(c.Value), c.Source]),
            Build(PackageSchema.LkeAnswers, data.LkeAnswers, a => [a.Unit, Int(a.Year), a.Template, a.Criterion, a.SelfAnswer, a.EvaluatorAnswer, a.Note]),
            Build(PackageSchema.SkmResults, data.SkmResults, s => [s.Unit, Int(s.Year), s.Service, Int(s.Respondents), .. s.Elements.Select(e => Dec(e))]),
            Build(PackageSchema.SkmResponses, data.SkmResponses, s => [s.Unit, Int(s.Year), s.Service, .. s.Answers.Select(a => Int(a))]),
            Build(PackageSchema.Assessments, data.Assessments, a => [a.Unit, Int(a.Year), a.Kind, Dec(a.Value), a.Label, a.Source]),
            Build(PackageSchema.UnitGroups, data.UnitGroups.SelectMany(g => g.Units.Select(u => (Group: g, Unit: u))), m => [m.Group.Code, m.Group.Name, m.Unit]),
            Build(PackageSchema.RecapIndicators, data.RecapIndicators, r =>
                [r.Indicator, Codes.Of(r.Source), Codes.Of(r.Measure), r.MinGrade, Dec(r.Threshold), r.Kind, r.Group]),
        };
        return [.. tables.OfType<Table>()];
    }

    /// <summary>
    /// The table of one file; a file added after the first release is left out when it has no records, and so is an added
    /// column no record uses (<paramref name="used"/>), so data without them is written byte for byte as before.
    /// </summary>
    static Table? Build<T>(FileSchema schema, IEnumerable<T> records, Func<T, string?[]> cells, Func<string, bool>? used = null)
    {
        if (schema.IsAdded && !records.Any())
        {
            return null;
        }
        var kept = Enumerable.Range(0, schema.Columns.Count)
            .Where(i => schema.Added?.Contains(schema.Columns[i]) != true || used?.Invoke(schema.Columns[i]) == true)
            .ToArray();
        return Table.Create(schema.Name, [.. kept.Select(i => schema.Columns[i])], records.Select(r =>
        {
            var row = cells(r);
            return (IReadOnlyList<string>)[.. kept.Select(i => row[i] ?? "")];
        }));
    }

    static bool UsedInRealisations(Dataset data, string column) => column switch
    {
        "faktor_pendukung" => data.Realisations.Any(r => r.Analysis?.SupportingFactors is not null),
        "faktor_penghambat" => data.Realisations.Any(r => r.Analysis?.InhibitingFactors is not null),
        "solusi" => data.Realisations.Any(r => r.Analysis?.Solutions is not null),
        _ => data.Realisations.Any(r => r.Status is not null),
    };

    static bool UsedInBudget(Dataset data, string column) => column switch
    {
        "realisasi_tw1" => data.BudgetLines.Any(b => b.Quarters?.Q1 is not null),
        "realisasi_tw2" => data.BudgetLines.Any(b => b.Quarters?.Q2 is not null),
        "realisasi_tw3" => data.BudgetLines.Any(b => b.Quarters?.Q3 is not null),
        _ => data.BudgetLines.Any(b => b.Quarters?.Q4 is not null),
    };

    /// <summary>Invariant text keeps the decimal's scale, so <c>100.00</c> is written back as printed.</summary>
    static string? Dec(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A required <c>nilai</c>: empty only when the text is a qualitative label a scale maps (spec "target.csv"); any
    /// other missing value is written <c>-</c>, which reads back as no value rather than as a missing cell.
    /// </summary>
    static string Required(decimal? value, string? text, ScaleSet scales) =>
        Dec(value) ?? (scales.ValueOfLabel(text) is null ? "-" : "");

    static string? Code<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Codes.Of(v) : null;

    static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
