using System.Globalization;
using Sakip.Core;
using Sakip.Core.Evaluation;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>lke, skm, skm_jawaban, penilaian and rekap_indikator against the units, indicators, groups and grade scale.</summary>
static class EvaluationWorkChecks
{
    public static void Validate(Dataset data, IReadOnlySet<string> units, IReadOnlySet<string> indicators, List<Problem> problems)
    {
        Located.References(data.LkeAnswers, a => a.Unit, units, a => a.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.LkeAnswers, a => (a.Unit, a.Year, a.Criterion), a => a.Origin, "kriteria",
            k => $"jawaban LKE {k.Unit} tahun {k.Year} kriteria {k.Criterion}", problems);
        OneTemplatePerWorksheet(data.LkeAnswers, problems);

        Located.References(data.SkmResults, s => s.Unit, units, s => s.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.SkmResults, s => (s.Unit, s.Year, s.Service), s => s.Origin, "layanan",
            k => $"SKM {k.Unit} tahun {k.Year} layanan \"{k.Service}\"", problems);
        Located.References(data.SkmResponses, s => s.Unit, units, s => s.Origin, "instansi", "instansi", problems);
        MeansAgreeWithResponses(data, problems);

        Located.References(data.Assessments, a => a.Unit, units, a => a.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.Assessments, a => (a.Unit, a.Year, a.Kind), a => a.Origin, "jenis",
            k => $"penilaian {k.Kind} {k.Unit} tahun {k.Year}", problems);

        var groups = data.UnitGroups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        Located.References(data.RecapIndicators, r => r.Indicator, indicators, r => r.Origin, "indikator", "indikator", problems);
        Located.Duplicates(data.RecapIndicators, r => r.Indicator, r => r.Origin, "indikator", k => $"rekap indikator \"{k}\"", problems);
        Located.References(data.RecapIndicators, r => r.Group, groups, r => r.Origin, "kelompok", "kelompok", problems);
        var grades = data.ScaleSet().SakipGrade;
        var labels = grades.Bands.Select(b => b.Label).ToList();
        foreach (var recap in data.RecapIndicators)
        {
            if (recap.MinGrade is { } grade && !labels.Contains(grade, StringComparer.Ordinal))
            {
                problems.Add(Located.At(recap.Origin, "predikat_minimal",
                    $"predikat \"{grade}\" tidak ada pada skala {grades.Name}; gunakan salah satu: {string.Join(", ", labels)}"));
            }
        }
    }

    /// <summary>A worksheet is made with one template, so every answer of a unit and year names the same one.</summary>
    static void OneTemplatePerWorksheet(IReadOnlyList<LkeAnswerRecord> answers, List<Problem> problems)
    {
        var first = new Dictionary<(string, int), LkeAnswerRecord>();
        foreach (var answer in answers)
        {
            if (!first.TryAdd((answer.Unit, answer.Year), answer) && first[(answer.Unit, answer.Year)] is var earlier && earlier.Template != answer.Template)
            {
                problems.Add(Located.At(answer.Origin, "templat",
                    $"LKE {answer.Unit} tahun {answer.Year} memakai templat \"{earlier.Template}\" (baris {earlier.Origin?.Line}); satu LKE hanya satu templat"));
            }
        }
    }

    /// <summary>
    /// A service with both responses and given means: each given mean must equal the mean of the answers at 2 decimals
    /// (a warning at the skm.csv row, as the means may come from a larger survey than the answers entered).
    /// </summary>
    static void MeansAgreeWithResponses(Dataset data, List<Problem> problems)
    {
        var responses = data.SkmResponses.GroupBy(r => (r.Unit, r.Year, r.Service)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var result in data.SkmResults)
        {
            if (!responses.TryGetValue((result.Unit, result.Year, result.Service), out var answers))
            {
                continue;
            }
            for (var i = 0; i < IkmRule.Elements && i < result.Elements.Count; i++)
            {
                var mean = Math.Round((decimal)answers.Sum(a => a.Answers[i]) / answers.Count, 2, MidpointRounding.AwayFromZero);
                var given = Math.Round(result.Elements[i], 2, MidpointRounding.AwayFromZero);
                if (mean != given)
                {
                    problems.Add(Problem.Warning(Located.At(result.Origin, Core.Fields.EvaluationRecordRules.Element(i), "").Field, string.Create(CultureInfo.InvariantCulture,
                        $"rata-rata unsur {i + 1} tertulis {given} berbeda dengan rata-rata {answers.Count} jawaban di skm_jawaban.csv ({mean})")));
                }
            }
            if (result.Respondents is { } count && count != answers.Count)
            {
                problems.Add(Problem.Warning(Located.At(result.Origin, "responden", "").Field, string.Create(CultureInfo.InvariantCulture,
                    $"responden tertulis {count}, sedangkan skm_jawaban.csv memuat {answers.Count} jawaban untuk layanan ini")));
            }
        }
    }
}
