namespace Sakip.Core.Evaluation.Lke;

/// <summary>A logic check between criteria; a violation blocks finalising the evaluation.</summary>
/// <param name="Criterion">The criterion the rule limits.</param>
public abstract record LkeLogicRule(string Criterion)
{
    /// <summary>The rule as written in a template's <c>syarat</c> column, e.g. <c>maks_rata:1.1</c> or <c>wajib_y:1.1.3</c>.</summary>
    public abstract string Notation { get; }
}

/// <summary>The criterion may not score above the mean of a prerequisite sub-component (kualitas ≤ pemenuhan).</summary>
public sealed record NotAboveMeanRule(string Criterion, string SubComponent) : LkeLogicRule(Criterion)
{
    public const string Prefix = "maks_rata";

    public override string Notation => $"{Prefix}:{SubComponent}";
}

/// <summary>The criterion may score above zero only when another criterion is answered Y.</summary>
public sealed record RequiresYesRule(string Criterion, string Prerequisite) : LkeLogicRule(Criterion)
{
    public const string Prefix = "wajib_y";

    public override string Notation => $"{Prefix}:{Prerequisite}";
}
