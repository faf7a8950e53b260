using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Reporting;
using Sakip.Reports.Documents;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>
/// Bab III per sasaran (PermenPAN-RB 53/2014): target vs realisasi, this year vs the previous years, progress toward
/// the Renstra end target, comparison values, the analysis of causes and the draft sentences.
/// </summary>
static class ObjectiveAnalysis
{
    public static void Write(DocumentWriter writer)
    {
        var scope = writer.Scope;
        if (scope.Objectives.Count == 0)
        {
            writer.Paragraph($"Belum ada sasaran strategis yang tercatat untuk {scope.UnitName}.", generated: true);
        }
        foreach (var (objective, index) in scope.Objectives.Select((o, i) => (o, i + 1)))
        {
            Objective(writer, objective, index);
        }
    }

    static void Objective(DocumentWriter writer, PlanElement objective, int number)
    {
        var scope = writer.Scope;
        var year = scope.Year;
        var indicators = scope.IndicatorsOf(objective);
        writer.Subsection($"Sasaran {number}: {objective.Statement}");
        writer.Paragraph(DraftSentences.Objective(scope, objective, number), generated: true);
        if (indicators.Count == 0)
        {
            return;
        }
        writer.Table(n => IndicatorTable.For(scope.Calculator, indicators, year).ToBlock(n, $"Perbandingan Target dan Realisasi Kinerja Sasaran {number} Tahun {year}"), true, "");
        var years = MultiYearTable.For(scope.Calculator, indicators, year);
        writer.Table(n => years.ToBlock(n, $"Perbandingan Realisasi Kinerja Sasaran {number} Tahun {years.Years[0]}–{year}"), true, "");
        writer.Chart(n => new ChartBlock(n, $"Capaian Indikator Sasaran {number} Tahun {years.Years[0]}–{year}", ChartKind.Line,
            [.. years.Years.Select(y => y.ToString(Formatting.IdFormat.Culture))],
            [.. years.Lines.Select(l => new ChartSeries(l.Indicator.Name, [.. l.ByYear.Select(r => r.Capaian.Value)]))])
        { ValueLabel = "Capaian (%)", ReferenceLine = 100m });
        writer.Table(n => ProgressTable.For(scope.Calculator, indicators, year).ToBlock(n, $"Perbandingan Realisasi Kinerja Sasaran {number} Tahun {year} dengan Target Akhir Renstra"), true, "");
        var comparison = ComparisonTable.For(scope.Calculator, indicators, scope.Data.Comparisons, year);
        if (!comparison.IsEmpty)
        {
            writer.Table(n => comparison.ToBlock(n, $"Perbandingan Realisasi Kinerja Sasaran {number} Tahun {year} dengan Nilai Pembanding"), true, "");
        }
        foreach (var indicator in indicators)
        {
            writer.Paragraph(DraftSentences.Indicator(scope, indicator), generated: true);
        }
        writer.Narrative(NarrativeSection.ObjectiveAnalysis, $"Bab III analisis capaian sasaran {number}", objective.Code);
        Causes(writer, indicators);
    }

    /// <summary>The analysis stored with the realisations of the year: what helped, what hindered, what the unit does about it.</summary>
    static void Causes(DocumentWriter writer, IReadOnlyList<Indicator> indicators)
    {
        var scope = writer.Scope;
        foreach (var indicator in indicators)
        {
            var analyses = Periods.All.Select(p => scope.Calculator.Index.Realisation(indicator.Code, scope.Year, p)?.Analysis)
                .OfType<RealisationAnalysis>().Where(a => !a.IsEmpty).ToList();
            if (analyses.Count == 0)
            {
                continue;
            }
            var items = new List<string>();
            Add(items, "Faktor pendukung", analyses.Select(a => a.SupportingFactors));
            Add(items, "Faktor penghambat", analyses.Select(a => a.InhibitingFactors));
            Add(items, "Solusi", analyses.Select(a => a.Solutions));
            writer.Paragraph($"Analisis {indicator.Name}:");
            writer.Add(new ListBlock(items));
        }
    }

    static void Add(List<string> items, string label, IEnumerable<string?> texts)
    {
        var distinct = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 0)
        {
            items.Add($"{label}: {string.Join(" ", distinct)}");
        }
    }
}
