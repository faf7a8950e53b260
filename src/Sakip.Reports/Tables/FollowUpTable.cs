using Sakip.Core.Evaluation;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.Tables;

/// <summary>The recommendations of the unit's last LHE and their follow-up (tindak lanjut).</summary>
public sealed record FollowUpTable(int? Year, IReadOnlyList<Recommendation> Recommendations)
{
    public static FollowUpTable For(IEnumerable<Recommendation> recommendations, string unit, int year)
    {
        var own = recommendations.Where(r => r.Unit == unit && r.Year <= year).ToList();
        var last = own.Count == 0 ? (int?)null : own.Max(r => r.Year);
        return new(last, [.. own.Where(r => r.Year == last)]);
    }

    public int Count(FollowUpStatus status) => Recommendations.Count(r => r.Status == status);

    public static string Label(FollowUpStatus? status, string? printed) => status switch
    {
        FollowUpStatus.Done => "Sudah",
        FollowUpStatus.InProgress => "Dalam proses",
        FollowUpStatus.NotStarted => "Belum",
        null => string.IsNullOrWhiteSpace(printed) ? "-" : printed,
    };

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.5m), new Column("Komponen", Width: 1.3m), new Column("Rekomendasi", Width: 3),
            new Column("Tindak Lanjut", Width: 3), new Column("Status", CellAlign.Center),
        ],
        [.. Recommendations.Select(r => Row.Of(r.Number, Cells.Text(r.Component), r.Text, Cells.Text(r.FollowUp), Label(r.Status, r.PrintedStatus)))])
    {
        Notes = Recommendations.Count == 0 ? [] :
            [$"Status: {IdFormat.Count(Count(FollowUpStatus.Done))} sudah, {IdFormat.Count(Count(FollowUpStatus.InProgress))} dalam proses, {IdFormat.Count(Count(FollowUpStatus.NotStarted))} belum ditindaklanjuti."],
    };
}
