using Microsoft.EntityFrameworkCore;
using Sakip.Core.Capaian;
using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>Storing a realisation, shared by the entry form and <c>PUT /api/v1/realisasi</c>.</summary>
internal static class RealisationEntry
{
    /// <summary>What the user entered; the value is computed from pembilang/penyebut when the indicator is a ratio.</summary>
    public sealed record Values(
        decimal? Value, string? Text, decimal? Numerator, decimal? Denominator,
        string? SupportingFactors, string? InhibitingFactors, string? Solutions, string? Note, bool Confirmed = false);

    public enum Outcome
    {
        Saved,
        Invalid,
        Locked,

        /// <summary>Someone else saved the realisation since the editor opened it (or at the same moment).</summary>
        Conflict,
    }

    /// <param name="expectedVersion">The version the editor opened (0: none stored yet); null for no precondition.</param>
    /// <returns>On <see cref="Outcome.Saved"/>, the stored version.</returns>
    public static async Task<(Outcome Outcome, IReadOnlyList<Problem> Problems, int Version)> SaveAsync(
        SakipDb db, IndicatorRef indicator, int year, Period period, Values values, int? expectedVersion, UnitAccess access, DateTimeOffset now,
        CancellationToken ct)
    {
        var problems = Check(indicator, year, values);
        if (Confirmation.Blocks(problems, values.Confirmed))
        {
            return (Outcome.Invalid, problems, 0);
        }
        var row = await db.Realisations.FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Year == year && r.Period == period, ct);
        if (row is not null && !Approval.CanEdit(row.Status, access.IsAdmin))
        {
            return (Outcome.Locked, [new Problem("status", $"Realisasi berstatus {Approval.Label(row.Status)} dan terkunci; tidak dapat diubah.")], 0);
        }
        if (expectedVersion is { } expected && expected != (row?.Version ?? 0))
        {
            return (Outcome.Conflict, [ConflictWith(row, period, year)], 0);
        }
        if (row is null)
        {
            row = new RealisationEntity { IndicatorId = indicator.Id, Year = year, Period = period };
            db.Realisations.Add(row);
        }
        var value = values.Value;
        if (indicator.IsRatio && values.Numerator is { } p && values.Denominator is { } q)
        {
            await StoreComponentsAsync(db, indicator.Id, year, period, p, q, ct);
            value = RatioRule.Compute(p, q).Value;
        }
        (row.Value, row.Text, row.Note) = (value, values.Text, values.Note);
        (row.SupportingFactors, row.InhibitingFactors, row.Solutions) = (values.SupportingFactors, values.InhibitingFactors, values.Solutions);
        (row.UpdatedAt, row.UpdatedBy) = (now, access.DisplayName);
        if (row.Status == ApprovalStatus.Returned)
        {
            row.Status = ApprovalStatus.Draft;
        }
        if (!await db.TrySaveChangesAsync(ct))
        {
            var winner = await db.Realisations.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Year == year && r.Period == period, ct);
            return (Outcome.Conflict, [ConflictWith(winner, period, year)], 0);
        }
        return (Outcome.Saved, [], row.Version);
    }

    /// <summary>The conflict message naming who saved the realisation, when, and its value now.</summary>
    public static Problem ConflictWith(RealisationEntity? current, Period period, int year)
    {
        var what = $"Realisasi {Periods.Label(period)} {year}";
        if (current is null)
        {
            return EditConflict.Gone(what);
        }
        var value = current.Value is { } v ? Formats.Value(v) : current.Text ?? "(kosong)";
        return EditConflict.Problem(what, current.Version, $"realisasi {value}, status {Approval.Label(current.Status)}", current.UpdatedBy, current.UpdatedAt);
    }

    /// <summary>The Core field rules on what was entered: errors refuse it, warnings refuse it until confirmed.</summary>
    static List<Problem> Check(IndicatorRef indicator, int year, Values values)
    {
        var problems = new List<Problem>();
        Add(problems, YearRule.Check("tahun", year));
        Add(problems, NumberRule.Check("nilai", values.Value, NumberKind.Quantity, "Realisasi"));
        Add(problems, NumberRule.Check("pembilang", values.Numerator, NumberKind.Quantity, "Pembilang"));
        Add(problems, NumberRule.Check("penyebut", values.Denominator, NumberKind.Quantity, "Penyebut"));
        Add(problems, TextRules.Check("teks", TextField.ValueText, values.Text));
        Add(problems, TextRules.Check("faktor_pendukung", TextField.Analysis, values.SupportingFactors, "Faktor pendukung"));
        Add(problems, TextRules.Check("faktor_penghambat", TextField.Analysis, values.InhibitingFactors, "Faktor penghambat"));
        Add(problems, TextRules.Check("solusi", TextField.Analysis, values.Solutions, "Solusi"));
        Add(problems, TextRules.Check("catatan", TextField.Note, values.Note));
        if (indicator.IsRatio && (values.Numerator is null) != (values.Denominator is null))
        {
            problems.Add(new Problem(values.Numerator is null ? "pembilang" : "penyebut", "Pembilang dan penyebut harus diisi keduanya."));
        }
        if (indicator.IsRatio && values.Denominator == 0)
        {
            problems.Add(new Problem("penyebut", "Penyebut tidak boleh 0."));
        }
        Add(problems, Plausibility.Component("pembilang", values.Numerator, "Pembilang"));
        Add(problems, Plausibility.Component("penyebut", values.Denominator, "Penyebut"));
        if (problems.Count == 0)
        {
            problems.AddRange(Plausibility.Measured("nilai", values.Value, indicator.Measure, "Realisasi"));
        }
        return problems;
    }

    static void Add(List<Problem> problems, Problem? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }

    static async Task StoreComponentsAsync(SakipDb db, int indicatorId, int year, Period period, decimal numerator, decimal denominator, CancellationToken ct)
    {
        var existing = await db.Components.Where(c => c.IndicatorId == indicatorId && c.Year == year && c.Period == period).ToListAsync(ct);
        foreach (var (kind, value) in new[] { (ComponentKind.Numerator, numerator), (ComponentKind.Denominator, denominator) })
        {
            var component = existing.FirstOrDefault(c => c.Kind == kind);
            if (component is null)
            {
                db.Components.Add(new ComponentEntity { IndicatorId = indicatorId, Year = year, Period = period, Kind = kind, Value = value });
            }
            else
            {
                component.Value = value;
            }
        }
    }
}
