using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Core.Problems;
using Sakip.Core.Scales;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Evaluation;

/// <summary>
/// Setting an indicator to take its realisasi from a recap (one setting per indicator), for the Admin or the Perencana
/// of the indicator's unit (the page checks the role). A setting is checked whole: the condition its source needs
/// (a grade on the SAKIP scale, a threshold, an assessment kind) must be given.
/// </summary>
public static class RecapIndicatorWrites
{
    public const string GradeField = "predikat";
    public const string ThresholdField = "ambang";
    public const string KindField = "jenis";
    public const string GroupField = "kelompok";

    public static async Task<RecapWrite<RecapIndicatorEntity>> SaveAsync(SakipDb db, int indicatorId, RecapSource source, RecapMeasure measure,
        string? minGrade, decimal? threshold, string? kind, string? group, CancellationToken ct)
    {
        if (!Enum.IsDefined(source) || !Enum.IsDefined(measure))
        {
            return new(null, [new(string.Empty, "Sumber atau ukuran rekapitulasi tidak dikenal.")], false);
        }
        var problems = new List<Problem>();
        (minGrade, kind, group) = (Clean(minGrade), Clean(kind)?.ToLowerInvariant(), Clean(group));
        switch (source)
        {
            case RecapSource.SakipGrade when minGrade is null || BuiltInScales.SakipGrade.Bands.All(b => b.Label != minGrade):
                problems.Add(new(GradeField, "Pilih predikat minimal (D, C, CC, B, BB, A atau AA)."));
                break;
            case RecapSource.Ikm or RecapSource.Assessment when threshold is null || Math.Abs(threshold.Value) >= 1_000_000m:
                problems.Add(new(ThresholdField, "Ambang wajib diisi dan harus kurang dari 1.000.000."));
                break;
        }
        if (source == RecapSource.Assessment && (kind is null || kind.Length > 80))
        {
            problems.Add(new(KindField, "Jenis penilaian wajib diisi (paling panjang 80 karakter)."));
        }
        int? groupId = group is null ? null : await db.UnitGroups.Where(g => g.Code == group).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
        if (group is not null && groupId is null)
        {
            problems.Add(new(GroupField, $"Kelompok \"{group}\" tidak dikenal."));
        }
        if (problems.Count > 0)
        {
            return new(null, problems, false);
        }
        var row = await db.RecapIndicators.FirstOrDefaultAsync(r => r.IndicatorId == indicatorId, ct)
            ?? db.RecapIndicators.Add(new RecapIndicatorEntity { IndicatorId = indicatorId }).Entity;
        (row.Source, row.Measure, row.GroupId) = (source, measure, groupId);
        // Only the condition of the chosen source is kept, so a setting never carries a stale grade or threshold.
        (row.MinGrade, row.Threshold, row.Kind) = source switch
        {
            RecapSource.SakipGrade => (minGrade, (decimal?)null, (string?)null),
            RecapSource.Ikm => (null, threshold, null),
            RecapSource.Assessment => (null, threshold, kind),
        };
        return await db.TrySaveChangesAsync(ct) ? new(row, [], false)
            : new(null, [new(string.Empty, "Pengaturan indikator ini baru saja diubah pengguna lain; muat ulang lalu coba lagi.")], true);
    }

    public static async Task DeleteAsync(SakipDb db, int indicatorId, CancellationToken ct) =>
        await db.RecapIndicators.Where(r => r.IndicatorId == indicatorId).ExecuteDeleteAsync(ct);

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
