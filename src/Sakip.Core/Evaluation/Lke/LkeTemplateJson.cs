using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Core.Problems;

namespace Sakip.Core.Evaluation.Lke;

/// <summary>
/// A template as JSON, the form a stored template version keeps (one immutable text per version). Reading goes through
/// <see cref="LkeTemplate.Create"/>, so stored text that breaks a rule is refused with the problems, never half read.
/// </summary>
public static class LkeTemplateJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    sealed record Doc(string Code, string Name, string Regulation, int Version, List<ComponentDoc> Components);

    sealed record ComponentDoc(string Code, string Name, decimal Weight, List<SubDoc> SubComponents);

    sealed record SubDoc(string Code, string Name, decimal Weight, List<CriterionDoc> Criteria);

    sealed record CriterionDoc(string Code, string Text, AnswerType AnswerType, string? Evidence, ProofKind Proof, string? Rules);

    public static string Write(LkeTemplate template)
    {
        var rulesByCriterion = template.Rules.ToLookup(r => r.Criterion, StringComparer.Ordinal);
        var doc = new Doc(template.Code, template.Name, template.Regulation, template.Version,
            [.. template.Components.Select(c => new ComponentDoc(c.Code, c.Name, c.Weight,
                [.. c.SubComponents.Select(s => new SubDoc(s.Code, s.Name, s.Weight,
                    [.. s.Criteria.Select(k => new CriterionDoc(k.Code, k.Text, k.AnswerType, k.Evidence, k.Proof,
                        rulesByCriterion[k.Code].Any() ? LkeLogicRules.Format(rulesByCriterion[k.Code]) : null))]))]))]);
        return JsonSerializer.Serialize(doc, Options);
    }

    /// <summary>The template in <paramref name="json"/>, or null with the problems.</summary>
    public static LkeTemplate? Read(string json, out IReadOnlyList<Problem> problems)
    {
        Doc? doc;
        try
        {
            doc = JsonSerializer.Deserialize<Doc>(json, Options);
        }
        catch (JsonException e)
        {
            problems = [new Problem("", $"templat LKE tidak dapat dibaca: {e.Message}")];
            return null;
        }
        if (doc?.Components is null)
        {
            problems = [new Problem("", "templat LKE kosong")];
            return null;
        }
        var rules = new List<LkeLogicRule>();
        var found = new List<Problem>();
        foreach (var criterion in doc.Components.SelectMany(c => c.SubComponents ?? []).SelectMany(s => s.Criteria ?? []))
        {
            if (LkeLogicRules.Parse(criterion.Code, criterion.Rules, out var error) is { } parsed)
            {
                rules.AddRange(parsed);
            }
            else
            {
                found.Add(new Problem(criterion.Code, error!));
            }
        }
        var components = doc.Components.Select(c => new LkeComponent(c.Code, c.Name, c.Weight,
            [.. (c.SubComponents ?? []).Select(s => new LkeSubComponent(s.Code, s.Name, s.Weight,
                [.. (s.Criteria ?? []).Select(k => new LkeCriterion(k.Code, k.Text, k.AnswerType, k.Evidence, k.Proof))]))])).ToList();
        var template = LkeTemplate.Create(doc.Code, doc.Name, doc.Regulation ?? "", doc.Version, components, rules, out var createProblems);
        problems = [.. found, .. createProblems];
        return problems.Count > 0 ? null : template;
    }
}
