using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>The conflict message for a target someone else saved since it was read.</summary>
internal static class TargetConflict
{
    public static Problem With(TargetEntity? current, TargetKind kind, int year)
    {
        var what = $"Target {Codes.Of(kind)} tahun {year}";
        if (current is null)
        {
            return EditConflict.Gone(what);
        }
        var value = current.Value is { } v ? Formats.Value(v) + (current.Max is { } max ? $"–{Formats.Value(max)}" : "") : current.Text ?? "(kosong)";
        return EditConflict.Problem(what, current.Version, $"target {value}", current.UpdatedBy, current.UpdatedAt);
    }
}
