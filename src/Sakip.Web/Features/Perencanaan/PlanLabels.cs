using Sakip.Core.Planning;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>The official Indonesian names of the plan's kinds and directions.</summary>
public static class PlanLabels
{
    public static string Of(PlanElementKind kind) => kind switch
    {
        PlanElementKind.Vision => "Visi",
        PlanElementKind.Mission => "Misi",
        PlanElementKind.Goal => "Tujuan",
        PlanElementKind.Objective => "Sasaran",
    };

    public static string Of(Direction direction) => direction switch
    {
        Direction.Increase => "Naik (makin tinggi makin baik)",
        Direction.Decrease => "Turun (makin rendah makin baik)",
        Direction.Stable => "Stabil (dalam rentang)",
    };

    public static string Of(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Last => "Akhir (triwulan terakhir)",
        Aggregation.Cumulative => "Kumulatif (jumlah triwulan)",
        Aggregation.Mean => "Rata-rata triwulan",
    };
}
