using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Web.Features.Alur;

/// <summary>The query string of a cycle object's page, <c>/Alur/Objek?instansi=&amp;objek=&amp;tahun=&amp;periode=</c>.</summary>
public static class ObjectAddress
{
    public static string Of(string unitCode, CycleObject kind, int year, Period period) =>
        $"/Alur/Objek?instansi={Uri.EscapeDataString(unitCode)}&objek={CycleObjects.Code(kind)}&tahun={year}&periode={Codes.Of(period)}";

    /// <summary>The columns of the overview and the objects a unit is reminded of: each object once, realisasi per quarter and year.</summary>
    public static readonly IReadOnlyList<(CycleObject Kind, Period Period)> Columns =
    [
        (CycleObject.Renstra, Period.Annual), (CycleObject.Iku, Period.Annual), (CycleObject.Targets, Period.Annual),
        (CycleObject.Agreement, Period.Annual), (CycleObject.Budget, Period.Annual),
        (CycleObject.Realisation, Period.Q1), (CycleObject.Realisation, Period.Q2), (CycleObject.Realisation, Period.Q3),
        (CycleObject.Realisation, Period.Q4), (CycleObject.Realisation, Period.Annual),
    ];

    public static string ShortLabel(CycleObject kind, Period period) => kind switch
    {
        CycleObject.Realisation => period == Period.Annual ? "Realisasi tahunan" : $"Realisasi {Codes.Of(period).ToUpperInvariant()}",
        CycleObject.Targets => "Target",
        CycleObject.Agreement => "PK",
        _ => CycleObjects.Label(kind),
    };
}
