using System.Globalization;
using Sakip.Core.Explaining;
using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;

namespace Sakip.Core.Workflow.Quality;

/// <summary>
/// The data-quality checks shown before a cycle object is submitted (issue #10, item 7), each with its reason. Missing
/// required evidence is an error and refuses the submission; everything else is a warning the unit may submit over.
/// </summary>
/// <remarks>Fields name the indicator or budget line and the column: <c>IKU-1.realisasi</c>, <c>1.01.01.pagu</c>.</remarks>
public static class DataQuality
{
    static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The findings of a realisation submission: one <see cref="RealisationFacts"/> per indicator of the unit.</summary>
    public static IReadOnlyList<Problem> ForRealisations(IEnumerable<RealisationFacts> realisations)
    {
        ArgumentNullException.ThrowIfNull(realisations);
        var problems = new List<Problem>();
        foreach (var r in realisations)
        {
            Add(problems, MissingRealisation(r));
            Add(problems, FarFromHistory(r));
            Add(problems, NumeratorAboveDenominator(r));
            Add(problems, MissingRealisationEvidence(r));
        }
        return problems;
    }

    /// <summary>The findings of a target (or PK) submission: every set target of an indicator whose evidence is required needs its basis.</summary>
    public static IReadOnlyList<Problem> ForTargets(IEnumerable<TargetFacts> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets.Select(MissingTargetEvidence).OfType<Problem>().ToList();
    }

    /// <summary>The findings of a budget submission: parents against the sums of their children, realisasi against pagu.</summary>
    public static IReadOnlyList<Problem> ForBudget(IReadOnlyList<BudgetLineFacts> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var children = lines.Where(l => l.ParentCode is not null).ToLookup(l => l.ParentCode!, StringComparer.Ordinal);
        var problems = new List<Problem>();
        foreach (var line in lines)
        {
            var kids = children[line.Code].ToList();
            Add(problems, ParentDiffers(line.Code, "pagu", "Pagu", line.Ceiling, kids.Select(k => k.Ceiling).ToList()));
            Add(problems, ParentDiffers(line.Code, "realisasi", "Realisasi anggaran", line.Spent, kids.Select(k => k.Spent).ToList()));
            Add(problems, SpentAboveCeiling(line));
        }
        return problems;
    }

    /// <summary>A target is set for the period but no realisation is entered.</summary>
    public static Problem? MissingRealisation(RealisationFacts r) =>
        r.HasTarget && !r.HasRealisation
            ? Problem.Warning(Field(r.Indicator.Code, "realisasi"), $"{Name(r.Indicator)}: target {Periods.Label(r.Period)} ada, tetapi realisasinya belum diisi.")
            : null;

    /// <summary>
    /// The realisation lies outside <see cref="HistoryBand"/> of the same period in the three years before (inclusive
    /// bounds; at least <see cref="HistoryBand.MinYears"/> years of history).
    /// </summary>
    public static Problem? FarFromHistory(RealisationFacts r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Value is not { } value || HistoryBand.Of(r.History.Select(h => h.Value).ToList()) is not { } band || band.Contains(value))
        {
            return null;
        }
        var years = string.Join("; ", r.History.Select(h => string.Create(Id, $"{h.Year}: {Number(h.Value)}")));
        return Problem.Warning(Field(r.Indicator.Code, "realisasi"),
            $"{Name(r.Indicator)}: realisasi {Number(value)} jauh dari realisasi {r.History.Count} tahun sebelumnya ({years}). " +
            $"Batas wajar = rata-rata {Fixed(band.Mean)} ± 3 × maks(simpangan baku {Fixed(band.StandardDeviation)}; 10% rata-rata {Fixed(HistoryBand.FloorShare * Math.Abs(band.Mean))}) " +
            $"= {Fixed(band.Low)} s.d. {Fixed(band.High)}. Pastikan nilainya benar (mis. satuan atau pemisah desimal).");
    }

    /// <summary>A percentage that cannot pass 100 (unit "%" and a pembilang/penyebut definition) with pembilang above penyebut.</summary>
    public static Problem? NumeratorAboveDenominator(RealisationFacts r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Indicator.IsRatio && Plausibility.IsPercent(r.Indicator.Measure) && r is { Numerator: { } p, Denominator: { } q } && p > q
            ? Problem.Warning(Field(r.Indicator.Code, "pembilang"),
                $"{Name(r.Indicator)}: pembilang {Number(p)} lebih besar dari penyebut {Number(q)}, sehingga persentasenya melebihi 100% padahal pembilang adalah bagian dari penyebut. Periksa kedua angka.")
            : null;
    }

    /// <summary>An indicator whose evidence is required has a realisation in the period but no evidence file: an error.</summary>
    public static Problem? MissingRealisationEvidence(RealisationFacts r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Indicator.EvidenceRequired && r.HasRealisation && !r.HasEvidence
            ? new Problem(Field(r.Indicator.Code, "bukti"),
                $"{Name(r.Indicator)}: bukti dukung wajib, tetapi realisasi {Periods.Label(r.Period)} belum memiliki bukti dukung. Unggah bukti sebelum mengajukan.")
            : null;
    }

    /// <summary>A set target of an indicator whose evidence is required has no file as its basis: an error.</summary>
    public static Problem? MissingTargetEvidence(TargetFacts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t.Indicator.EvidenceRequired && !t.HasEvidence
            ? new Problem(Field(t.Indicator.Code, "bukti_target"),
                $"{Name(t.Indicator)}: bukti dukung wajib, tetapi {t.Target} belum memiliki berkas dasar penetapannya. Unggah bukti sebelum mengajukan.")
            : null;
    }

    /// <summary>A Perjanjian Kinerja submitted without the scan of its signed copy: a warning (the figures may be agreed before it is signed).</summary>
    public static Problem? UnsignedAgreement(bool hasScan, int year) =>
        hasScan ? null : Problem.Warning("pk.bukti", $"Perjanjian Kinerja {year} belum memiliki pindaian dokumen yang sudah ditandatangani.");

    /// <summary>
    /// A parent line whose own amount differs from the sum of its children's amounts. Children without the amount are
    /// left out of the sum; with none of them filled in (or no children, or no amount of its own) there is nothing to compare.
    /// </summary>
    public static Problem? ParentDiffers(string code, string column, string label, decimal? own, IReadOnlyList<decimal?> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var filled = children.OfType<decimal>().ToList();
        if (own is not { } amount || filled.Count == 0 || Explained.Checked(() => filled.Sum()) is not { } sum || sum == amount)
        {
            return null;
        }
        return Problem.Warning(Field(code, column),
            $"{label} {code} ({Number(amount)}) berbeda dari jumlah {label.ToLowerInvariant()} rinciannya ({Number(sum)} dari {filled.Count} baris); selisih {Number(Explained.Checked(() => amount - sum))}.");
    }

    /// <summary>Realisasi anggaran above pagu: possible (a revised pagu not yet entered) but to be checked.</summary>
    public static Problem? SpentAboveCeiling(BudgetLineFacts line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line is { Ceiling: { } pagu, Spent: { } spent } && spent > pagu
            ? Problem.Warning(Field(line.Code, "realisasi"),
                $"Realisasi anggaran {line.Code} ({Number(spent)}) melebihi pagu ({Number(pagu)}); pastikan pagu perubahan sudah dicatat.")
            : null;
    }

    static void Add(List<Problem> problems, Problem? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }

    static string Field(string code, string column) => $"{code}.{column}";

    static string Name(QualityIndicator i) => $"{i.Code} {i.Name}";

    /// <summary>A value as entered (its own decimals, at most two).</summary>
    static string Number(decimal? value) => Display.Value(value, Id, 2);

    /// <summary>A computed figure of the band, always with two decimals.</summary>
    static string Fixed(decimal value) => Display.Number(value, Id);
}
