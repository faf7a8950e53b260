namespace Sakip.Core.Evaluation.Lke;

/// <summary>Reads and writes logic rules in a template's <c>syarat</c> notation: <c>maks_rata:1.1; wajib_y:1.1.3</c>.</summary>
public static class LkeLogicRules
{
    /// <summary>The rules of one criterion, or null with the reason when the notation is not understood.</summary>
    public static IReadOnlyList<LkeLogicRule>? Parse(string criterion, string? notation, out string? error)
    {
        error = null;
        var rules = new List<LkeLogicRule>();
        foreach (var part in (notation ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':');
            var kind = colon < 0 ? part : part[..colon].Trim();
            var target = colon < 0 ? "" : part[(colon + 1)..].Trim();
            LkeLogicRule? rule = kind.ToLowerInvariant() switch
            {
                NotAboveMeanRule.Prefix when target.Length > 0 => new NotAboveMeanRule(criterion, target),
                RequiresYesRule.Prefix when target.Length > 0 => new RequiresYesRule(criterion, target),
                _ => null,
            };
            if (rule is null)
            {
                error = $"syarat \"{part}\" tidak dikenal; gunakan {NotAboveMeanRule.Prefix}:SUBKOMPONEN atau {RequiresYesRule.Prefix}:KRITERIA";
                return null;
            }
            rules.Add(rule);
        }
        return rules;
    }

    /// <summary>The rules of one criterion in the notation <see cref="Parse"/> reads.</summary>
    public static string Format(IEnumerable<LkeLogicRule> rules) => string.Join("; ", rules.Select(r => r.Notation));
}
