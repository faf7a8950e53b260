using System.Globalization;
using Sakip.Core.Fields;
using Sakip.Core.Problems;

namespace Sakip.Core.Evaluation;

/// <summary>An action plan (rencana aksi) of the follow-up of a recommendation, as the unit writes it.</summary>
/// <param name="Plan">What the unit will do (rencana aksi).</param>
/// <param name="Responsible">Who answers for it (penanggung jawab).</param>
/// <param name="DueDate">By when (batas waktu).</param>
/// <param name="Result">What was done (hasil/realisasi tindak lanjut).</param>
public sealed record FollowUpAction(string Plan, string? Responsible, DateOnly? DueDate, FollowUpStatus Status, string? Result)
{
    public const string PlanField = "rencana";
    public const string ResponsibleField = "penanggung_jawab";
    public const string DueDateField = "batas_waktu";
    public const string ResultField = "hasil";

    /// <summary>The earliest and latest due date accepted: within the years a data package accepts.</summary>
    public static readonly DateOnly EarliestDue = new(YearRule.First, 1, 1);
    public static readonly DateOnly LatestDue = new(YearRule.Last, 12, 31);

    /// <summary>The problems of the action as typed; empty when it may be saved.</summary>
    /// <remarks>
    /// An action marked sudah must say what was done: the follow-up table of the LKjIP prints the results, and the
    /// evaluator verifies against them.
    /// </remarks>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(Plan))
        {
            problems.Add(new(PlanField, "Rencana aksi wajib diisi."));
        }
        problems.AddRange(new[]
        {
            TextRules.Check(PlanField, TextField.Analysis, Plan, "Rencana aksi"),
            TextRules.Check(ResponsibleField, TextField.Responsible, Responsible),
            TextRules.Check(ResultField, TextField.Analysis, Result, "Hasil tindak lanjut"),
        }.OfType<Problem>());
        if (DueDate is { } due && (due < EarliestDue || due > LatestDue))
        {
            problems.Add(new(DueDateField, string.Create(CultureInfo.InvariantCulture, $"Batas waktu harus di antara tahun {YearRule.First} dan {YearRule.Last}.")));
        }
        if (Status == FollowUpStatus.Done && string.IsNullOrWhiteSpace(Result))
        {
            problems.Add(new(ResultField, "Hasil tindak lanjut wajib diisi bila statusnya sudah."));
        }
        return problems;
    }

    /// <summary>Overdue: the due date has passed (before <paramref name="today"/>) and the action is not done.</summary>
    public bool IsOverdueOn(DateOnly today) => DueDate is { } due && due < today && Status != FollowUpStatus.Done;
}
