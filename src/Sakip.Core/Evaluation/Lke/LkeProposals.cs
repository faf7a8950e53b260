namespace Sakip.Core.Evaluation.Lke;

/// <summary>What Sakip holds for one <see cref="ProofKind"/> of a unit and year.</summary>
/// <param name="Share">How much of it is there, from 0 (nothing) to 1 (all), e.g. 9 of 12 IKU with a formula = 0,75.</param>
/// <param name="Reason">What was found, in Bahasa Indonesia, e.g. <c>9 dari 12 IKU memiliki formula</c>.</param>
/// <param name="Link">Where the user can see it in the app, or null.</param>
public sealed record ProofFact(ProofKind Kind, decimal Share, string Reason, string? Link = null);

/// <summary>An answer Sakip proposes for a criterion from what it holds, with the reason.</summary>
public sealed record LkeProposal(string Criterion, string Answer, ProofFact Fact);

/// <summary>Proposes answers to criteria whose proof Sakip holds; the evaluator decides.</summary>
public static class LkeProposals
{
    /// <summary>
    /// One proposal per criterion with a <see cref="ProofKind"/> that has a fact: Y/T criteria get Y only when all of it
    /// is there; A–E criteria get the grade whose value the share reaches (1 → A, 0,75 → B, 0,5 → C, 0,25 → D, less → E).
    /// </summary>
    public static IReadOnlyList<LkeProposal> Propose(LkeTemplate template, IReadOnlyDictionary<ProofKind, ProofFact> facts)
    {
        var proposals = new List<LkeProposal>();
        foreach (var criterion in template.Criteria)
        {
            if (criterion.Proof == ProofKind.None || !facts.TryGetValue(criterion.Proof, out var fact))
            {
                continue;
            }
            proposals.Add(new LkeProposal(criterion.Code, Answer(criterion.AnswerType, fact.Share), fact));
        }
        return proposals;
    }

    static string Answer(AnswerType type, decimal share)
    {
        var bounded = Math.Clamp(share, 0m, 1m);
        return LkeAnswers.Options(type).First(o => bounded >= o.Value).Answer;
    }
}
