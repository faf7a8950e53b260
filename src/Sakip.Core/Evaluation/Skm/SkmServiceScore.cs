using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation.Skm;

/// <summary>The IKM of one service of a unit and year with its mutu pelayanan.</summary>
/// <param name="Elements">The 9 element means U1…U9 the IKM is computed from.</param>
/// <param name="FromResponses">Whether the means were computed from respondents' answers rather than entered.</param>
public sealed record SkmServiceScore(
    string Unit, int Year, string Service, IReadOnlyList<decimal> Elements, int? Respondents, Explained<decimal?> Ikm, Band? Quality, bool FromResponses)
{
    /// <summary>
    /// The IKM of a service: from its respondents' answers when it has any (the means entered are then only a summary
    /// of them), else from the 9 means given.
    /// </summary>
    public static SkmServiceScore Of(SkmResult result, IReadOnlyList<SkmResponse> responses, Scale quality)
    {
        var own = responses.Where(r => r.Unit == result.Unit && r.Year == result.Year && r.Service == result.Service)
            .Select(r => r.Answers).ToList();
        var computed = own.Count > 0 ? IkmRule.ElementScores(own, i => $"responden {i + 1}", out _) : null;
        var elements = computed is not null && computed.All(c => c.Value is not null) ? [.. computed.Select(c => c.Value!.Value)] : result.Elements;
        var fromResponses = !ReferenceEquals(elements, result.Elements);
        var ikm = IkmRule.Index(elements);
        return new SkmServiceScore(result.Unit, result.Year, result.Service, elements, fromResponses ? own.Count : result.Respondents, ikm,
            ikm.Value is { } v ? IkmRule.Quality(v, quality) : null, fromResponses);
    }
}
