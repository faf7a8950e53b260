namespace Sakip.Core.Measurement;

/// <summary>The analysis of a realisation: what helped, what stood in the way, and what the unit does about it.</summary>
public sealed record RealisationAnalysis(string? SupportingFactors, string? InhibitingFactors, string? Solutions)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(SupportingFactors) && string.IsNullOrWhiteSpace(InhibitingFactors) && string.IsNullOrWhiteSpace(Solutions);
}
