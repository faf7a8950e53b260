using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Reporting;

namespace Sakip.Core;

/// <summary>
/// The official codes of the data package (spec "Files") for each enumeration, in both directions.
/// The package, the API and the documents all speak these codes.
/// </summary>
public static class Codes
{
    static readonly Dictionary<Type, IReadOnlyList<(Enum Value, string Code)>> Maps = new()
    {
        [typeof(UnitKind)] = Map((UnitKind.RegionalGovernment, "pemda"), (UnitKind.Agency, "perangkat_daerah"), (UnitKind.WorkUnit, "unit_kerja")),
        [typeof(PlanElementKind)] = Map((PlanElementKind.Vision, "visi"), (PlanElementKind.Mission, "misi"), (PlanElementKind.Goal, "tujuan"), (PlanElementKind.Objective, "sasaran")),
        [typeof(Direction)] = Map((Direction.Increase, "naik"), (Direction.Decrease, "turun"), (Direction.Stable, "stabil")),
        [typeof(Aggregation)] = Map((Aggregation.Last, "akhir"), (Aggregation.Cumulative, "kumulatif"), (Aggregation.Mean, "rata_rata")),
        [typeof(TargetKind)] = Map(
            (TargetKind.Baseline, "awal"), (TargetKind.Renstra, "renstra"), (TargetKind.Agreement, "pk"),
            (TargetKind.Q1, "tw1"), (TargetKind.Q2, "tw2"), (TargetKind.Q3, "tw3"), (TargetKind.Q4, "tw4")),
        [typeof(Period)] = Map((Period.Q1, "tw1"), (Period.Q2, "tw2"), (Period.Q3, "tw3"), (Period.Q4, "tw4"), (Period.Annual, "tahunan")),
        [typeof(ComponentKind)] = Map((ComponentKind.Numerator, "pembilang"), (ComponentKind.Denominator, "penyebut")),
        [typeof(BudgetLevel)] = Map((BudgetLevel.Program, "program"), (BudgetLevel.Activity, "kegiatan"), (BudgetLevel.SubActivity, "sub_kegiatan")),
        [typeof(FollowUpStatus)] = Map((FollowUpStatus.Done, "sudah"), (FollowUpStatus.InProgress, "dalam_proses"), (FollowUpStatus.NotStarted, "belum")),
        [typeof(ApprovalStatus)] = Map(
            (ApprovalStatus.Draft, "draf"), (ApprovalStatus.Submitted, "diajukan"), (ApprovalStatus.Approved, "disetujui"), (ApprovalStatus.Returned, "dikembalikan")),
        [typeof(ActingKind)] = Map((ActingKind.Definitive, "definitif"), (ActingKind.Plt, "plt"), (ActingKind.Plh, "plh")),
        [typeof(NarrativeSection)] = Map(
            (NarrativeSection.Foreword, "kata_pengantar"), (NarrativeSection.Background, "latar_belakang"), (NarrativeSection.LegalBasis, "dasar_hukum"),
            (NarrativeSection.Duties, "tugas_fungsi"), (NarrativeSection.StrategicIssues, "isu_strategis"),
            (NarrativeSection.ObjectiveAnalysis, "analisis_sasaran"), (NarrativeSection.Closing, "penutup")),
        [typeof(Gender)] = Map((Gender.Male, "L"), (Gender.Female, "P")),
        [typeof(RecapSource)] = Map((RecapSource.SakipGrade, "sakip"), (RecapSource.Ikm, "ikm"), (RecapSource.Assessment, "penilaian")),
        [typeof(RecapMeasure)] = Map((RecapMeasure.Count, "jumlah"), (RecapMeasure.Percent, "persen")),
    };

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Maps[typeof(TEnum)].First(m => m.Value.Equals(value)).Code;

    /// <summary>The value of a code, compared case-insensitively after trimming; null when unknown.</summary>
    public static TEnum? Parse<TEnum>(string? code)
        where TEnum : struct, Enum
    {
        var text = code?.Trim();
        foreach (var (value, known) in Maps[typeof(TEnum)])
        {
            if (string.Equals(known, text, StringComparison.OrdinalIgnoreCase))
            {
                return (TEnum)value;
            }
        }
        return null;
    }

    /// <summary>All codes of an enumeration in declaration order, e.g. for a message listing the allowed words.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Maps[typeof(TEnum)].Select(m => m.Code)];

    static IReadOnlyList<(Enum, string)> Map<TEnum>(params (TEnum Value, string Code)[] pairs)
        where TEnum : struct, Enum
    {
        if (pairs.Length != Enum.GetValues<TEnum>().Length)
        {
            throw new InvalidOperationException($"Every {typeof(TEnum).Name} value needs a code.");
        }
        return [.. pairs.Select(p => ((Enum)p.Value, p.Code))];
    }
}
