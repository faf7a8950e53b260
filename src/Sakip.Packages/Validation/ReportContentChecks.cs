using Sakip.Core;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>narasi.csv, pegawai.csv, sarana.csv and pembanding.csv: references, and one record per key.</summary>
static class ReportContentChecks
{
    public static void Validate(Dataset data, IReadOnlySet<string> units, IReadOnlySet<string> plan, IReadOnlySet<string> indicators, List<Problem> problems)
    {
        Located.References(data.Narratives, n => n.Unit, units, n => n.Origin, "instansi", "instansi", problems);
        Located.References(data.Narratives, n => n.PlanElement, plan, n => n.Origin, "rencana", "rencana", problems);
        Located.Duplicates(data.Narratives, n => (n.Unit, n.Year, n.Section, n.PlanElement), n => n.Origin, "bagian",
            k => $"narasi {k.Unit} tahun {k.Year} bagian {Codes.Of(k.Section)}{(k.PlanElement is null ? "" : $" rencana {k.PlanElement}")}", problems);
        AnalysedObjectives(data, problems);

        Located.References(data.Staff, s => s.Unit, units, s => s.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.Staff, s => (s.Unit, s.Year, s.Position, s.Rank, s.Education, s.Gender), s => s.Origin, "jumlah",
            k => $"kelompok pegawai {k.Unit} tahun {k.Year} ({StaffGroup(k.Position, k.Rank, k.Education, k.Gender)})", problems);

        Located.References(data.Facilities, f => f.Unit, units, f => f.Origin, "instansi", "instansi", problems);

        Located.References(data.Comparisons, c => c.Indicator, indicators, c => c.Origin, "indikator", "indikator", problems);
        Located.Duplicates(data.Comparisons, c => (c.Indicator, c.Year, c.Source), c => c.Origin, "sumber",
            k => $"pembanding {k.Indicator} tahun {k.Year} sumber \"{k.Source}\"", problems);
    }

    static string StaffGroup(string? position, string? rank, string? education, Gender? gender)
    {
        string?[] parts =
        [
            position is null ? null : $"jabatan {position}",
            rank is null ? null : $"golongan {rank}",
            education is null ? null : $"pendidikan {education}",
            gender is { } g ? $"jenis kelamin {Codes.Of(g)}" : null,
        ];
        var named = parts.OfType<string>().ToList();
        return named.Count == 0 ? "tanpa rincian" : string.Join(", ", named);
    }

    /// <summary>Bab III analyses each sasaran, so analisis_sasaran must name one, not a tujuan, misi or visi.</summary>
    static void AnalysedObjectives(Dataset data, List<Problem> problems)
    {
        var kinds = new Dictionary<string, PlanElementKind>(StringComparer.Ordinal);
        foreach (var element in data.PlanElements)
        {
            kinds.TryAdd(element.Code, element.Kind);
        }
        foreach (var narrative in data.Narratives)
        {
            if (narrative.PlanElement is { } code && kinds.TryGetValue(code, out var kind) && kind != PlanElementKind.Objective)
            {
                problems.Add(Located.At(narrative.Origin, "rencana", $"analisis_sasaran harus menunjuk sasaran, bukan {Codes.Of(kind)} \"{code}\""));
            }
        }
    }
}
