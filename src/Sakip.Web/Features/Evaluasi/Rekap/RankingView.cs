using Sakip.Core.Evaluation.Recaps;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi.Rekap;

/// <summary>What the recap table partial shows: the ranking, the units' names and the group it is limited to.</summary>
public sealed record RankingView(EvaluationRanking Ranking, RecapData.Loaded Source, string? Group)
{
    public string CsvLink => $"/Evaluasi/Rekap?handler=Csv&tahun={Ranking.Year}" + (Group is null ? "" : "&kelompok=" + Uri.EscapeDataString(Group));
}
