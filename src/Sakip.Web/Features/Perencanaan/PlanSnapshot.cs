using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Data.Exchange;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// A unit's Renstra as it stands: its plan elements (with the RPJMD elements above them), indicators and the baseline
/// and Renstra targets. The current plan and every P-Renstra version are shown from this one shape, so an earlier
/// version renders exactly as the current one did when it was kept.
/// </summary>
public sealed record PlanSnapshot(IReadOnlyList<PlanElement> PlanElements, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Target> Targets)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Only the plan's own targets: PK and quarterly targets belong to the year's agreement and action plan, not the Renstra.</summary>
    public static PlanSnapshot Of(Dataset data) =>
        new(data.PlanElements, data.Indicators, [.. data.Targets.Where(t => t.Kind is TargetKind.Baseline or TargetKind.Renstra)]);

    public static async Task<PlanSnapshot> LoadAsync(SakipDb db, UnitRef unit, CancellationToken ct) =>
        Of(await DatasetLoader.LoadPerformanceAsync(db, unit.Path, descendants: false, ct));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PlanSnapshot>(json, Json) ?? throw new InvalidDataException("Empty plan snapshot.");
}
