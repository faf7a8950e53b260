namespace Sakip.Web.Features.Laporan;

/// <summary>A value, or the message (Bahasa Indonesia) that says why there is none.</summary>
public sealed record Outcome<T>(T? Value, string? Failure)
    where T : class;
