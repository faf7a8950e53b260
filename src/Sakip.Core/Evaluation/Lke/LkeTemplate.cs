using Sakip.Core.Problems;

namespace Sakip.Core.Evaluation.Lke;

/// <summary>
/// An LKE worksheet template (PermenPAN-RB 88/2021, the older 12/2015, or a local Perbup/Pergub adapting them). A
/// template is data: an Admin copies one and changes it, and each change is a new <see cref="Version"/>, so an
/// evaluation keeps scoring with the version it was made with.
/// </summary>
public sealed class LkeTemplate
{
    /// <summary>Weights are compared exactly: component weights sum to 100, sub-component weights to their component's.</summary>
    public const decimal TotalWeight = 100m;

    LkeTemplate(string code, string name, string regulation, int version, IReadOnlyList<LkeComponent> components, IReadOnlyList<LkeLogicRule> rules)
    {
        Code = code;
        Name = name;
        Regulation = regulation;
        Version = version;
        Components = components;
        Rules = rules;
        Criteria = [.. components.SelectMany(c => c.SubComponents).SelectMany(s => s.Criteria)];
        criteriaByCode = Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        subComponentsByCode = components.SelectMany(c => c.SubComponents).ToDictionary(s => s.Code, StringComparer.Ordinal);
    }

    readonly Dictionary<string, LkeCriterion> criteriaByCode;
    readonly Dictionary<string, LkeSubComponent> subComponentsByCode;

    /// <summary>Stable key, e.g. <c>permenpanrb_88_2021</c>; versions share it.</summary>
    public string Code { get; }

    public string Name { get; }

    /// <summary>The regulation the template follows, as cited, e.g. <c>PermenPAN-RB Nomor 88 Tahun 2021</c>.</summary>
    public string Regulation { get; }

    public int Version { get; }
    public IReadOnlyList<LkeComponent> Components { get; }
    public IReadOnlyList<LkeLogicRule> Rules { get; }

    /// <summary>Every criterion in worksheet order.</summary>
    public IReadOnlyList<LkeCriterion> Criteria { get; }

    public LkeCriterion? Criterion(string code) => criteriaByCode.GetValueOrDefault(code);

    public LkeSubComponent? SubComponent(string code) => subComponentsByCode.GetValueOrDefault(code);

    /// <summary>The same template under another code, name or version (an Admin's copy, or the next version).</summary>
    public LkeTemplate With(string? code = null, string? name = null, string? regulation = null, int? version = null) =>
        new(code ?? Code, name ?? Name, regulation ?? Regulation, version ?? Version, Components, Rules);

    /// <summary>
    /// Builds a template, or returns null and every problem found: weights that do not add up, duplicate or
    /// malformed codes, empty components or sub-components, rules naming what does not exist. Field names the
    /// criterion, sub-component or component code.
    /// </summary>
    public static LkeTemplate? Create(string code, string name, string regulation, int version,
        IReadOnlyList<LkeComponent> components, IReadOnlyList<LkeLogicRule> rules, out IReadOnlyList<Problem> problems)
    {
        var found = new List<Problem>();
        problems = found;
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
        {
            found.Add(new Problem("", "kode dan nama templat LKE wajib diisi"));
        }
        if (version < 1)
        {
            found.Add(new Problem("", "versi templat dimulai dari 1"));
        }
        if (components.Count == 0)
        {
            found.Add(new Problem("", "templat LKE tidak memiliki komponen"));
            return null;
        }
        CheckWeights(components, found);
        CheckCodes(components, found);
        CheckRules(components, rules, found);
        return found.Count > 0 ? null : new LkeTemplate(code.Trim(), name.Trim(), regulation.Trim(), version, components, rules);
    }

    static void CheckWeights(IReadOnlyList<LkeComponent> components, List<Problem> found)
    {
        var total = components.Sum(c => c.Weight);
        if (total != TotalWeight)
        {
            found.Add(new Problem("", $"jumlah bobot komponen {total} (seharusnya {TotalWeight})"));
        }
        foreach (var component in components)
        {
            if (component.Weight <= 0)
            {
                found.Add(new Problem(component.Code, $"bobot komponen {component.Code} harus lebih dari 0"));
            }
            if (component.SubComponents.Count == 0)
            {
                found.Add(new Problem(component.Code, $"komponen {component.Code} tidak memiliki sub-komponen"));
                continue;
            }
            var sum = component.SubComponents.Sum(s => s.Weight);
            if (sum != component.Weight)
            {
                found.Add(new Problem(component.Code,
                    $"jumlah bobot sub-komponen {component.Code} adalah {sum}, tidak sama dengan bobot komponen {component.Weight}"));
            }
            foreach (var sub in component.SubComponents)
            {
                if (sub.Weight <= 0)
                {
                    found.Add(new Problem(sub.Code, $"bobot sub-komponen {sub.Code} harus lebih dari 0"));
                }
                if (sub.Criteria.Count == 0)
                {
                    found.Add(new Problem(sub.Code, $"sub-komponen {sub.Code} tidak memiliki kriteria"));
                }
            }
        }
    }

    static void CheckCodes(IReadOnlyList<LkeComponent> components, List<Problem> found)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in components)
        {
            Require(seen.Add("K" + component.Code), component.Code, $"nomor komponen {component.Code} muncul lebih dari sekali", found);
            foreach (var sub in component.SubComponents)
            {
                Require(sub.Code.StartsWith(component.Code + ".", StringComparison.Ordinal), sub.Code,
                    $"kode sub-komponen {sub.Code} harus diawali nomor komponennya {component.Code}", found);
                Require(seen.Add("S" + sub.Code), sub.Code, $"kode sub-komponen {sub.Code} muncul lebih dari sekali", found);
                foreach (var criterion in sub.Criteria)
                {
                    Require(criterion.Code.StartsWith(sub.Code + ".", StringComparison.Ordinal), criterion.Code,
                        $"kode kriteria {criterion.Code} harus diawali kode sub-komponennya {sub.Code}", found);
                    Require(seen.Add("C" + criterion.Code), criterion.Code, $"kode kriteria {criterion.Code} muncul lebih dari sekali", found);
                    Require(!string.IsNullOrWhiteSpace(criterion.Text), criterion.Code, $"uraian kriteria {criterion.Code} kosong", found);
                }
            }
        }
    }

    static void CheckRules(IReadOnlyList<LkeComponent> components, IReadOnlyList<LkeLogicRule> rules, List<Problem> found)
    {
        // Duplicate codes are reported by CheckCodes; here the first of each stands, so a bad template never throws.
        var criteria = components.SelectMany(c => c.SubComponents).SelectMany(s => s.Criteria)
            .DistinctBy(c => c.Code, StringComparer.Ordinal).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var subs = components.SelectMany(c => c.SubComponents).DistinctBy(s => s.Code, StringComparer.Ordinal).ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!criteria.ContainsKey(rule.Criterion))
            {
                found.Add(new Problem(rule.Criterion, $"syarat {rule.Notation} ditulis untuk kriteria {rule.Criterion} yang tidak ada"));
                continue;
            }
            switch (rule)
            {
                case NotAboveMeanRule mean when !subs.ContainsKey(mean.SubComponent):
                    found.Add(new Problem(rule.Criterion, $"syarat {rule.Notation}: sub-komponen {mean.SubComponent} tidak ada"));
                    break;
                case NotAboveMeanRule mean when mean.Criterion.StartsWith(mean.SubComponent + ".", StringComparison.Ordinal):
                    found.Add(new Problem(rule.Criterion, $"syarat {rule.Notation}: kriteria tidak dapat dibatasi oleh sub-komponennya sendiri"));
                    break;
                case RequiresYesRule yes when !criteria.TryGetValue(yes.Prerequisite, out var prerequisite):
                    found.Add(new Problem(rule.Criterion, $"syarat {rule.Notation}: kriteria {yes.Prerequisite} tidak ada"));
                    break;
                case RequiresYesRule yes when criteria[yes.Prerequisite].AnswerType != AnswerType.YesNo:
                    found.Add(new Problem(rule.Criterion, $"syarat {rule.Notation}: kriteria {yes.Prerequisite} tidak dijawab Y/T"));
                    break;
                case RequiresYesRule yes when yes.Prerequisite == yes.Criterion:
                    found.Add(new Problem(rule.Criterion, $"syarat {rule.Notation}: kriteria tidak dapat mensyaratkan dirinya sendiri"));
                    break;
            }
        }
    }

    static void Require(bool condition, string field, string message, List<Problem> found)
    {
        if (!condition)
        {
            found.Add(new Problem(field, message));
        }
    }
}
