using Sakip.Core.Organisation;

namespace Sakip.Web.Features.Admin;

/// <summary>The official Indonesian names of the kinds of unit (instansi.jenis), and the kind a new unit usually has.</summary>
public static class UnitKindLabels
{
    public static string Of(UnitKind kind) => kind switch
    {
        UnitKind.RegionalGovernment => "Pemerintah daerah (pemda)",
        UnitKind.Agency => "Perangkat daerah",
        UnitKind.WorkUnit => "Unit kerja",
    };

    /// <summary>What is usually found below a unit of this kind: perangkat daerah under a pemda, unit kerja below that.</summary>
    public static UnitKind Below(UnitKind? parent) => parent switch
    {
        null => UnitKind.RegionalGovernment,
        UnitKind.RegionalGovernment => UnitKind.Agency,
        _ => UnitKind.WorkUnit,
    };
}
