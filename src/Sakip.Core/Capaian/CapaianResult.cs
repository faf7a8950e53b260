using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Scales;

namespace Sakip.Core.Capaian;

/// <summary>The capaian of one indicator for one period, with the target and realisation it was computed from.</summary>
/// <param name="TargetBasis">Which target was used, e.g. <c>Target PK 2021</c>; null when there is none.</param>
/// <param name="Category">The band of the capaian category scale; null when there is no capaian.</param>
public sealed record CapaianResult(
    string Indicator,
    int Year,
    Period Period,
    TargetValue? Target,
    string? TargetBasis,
    Explained<decimal?> Realisation,
    Explained<decimal?> Capaian,
    Band? Category);
