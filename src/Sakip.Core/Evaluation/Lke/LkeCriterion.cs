namespace Sakip.Core.Evaluation.Lke;

/// <summary>One criterion (kriteria) of an LKE sub-component.</summary>
/// <param name="Code">Component, sub-component and criterion number, e.g. <c>1.2.3</c>; unique in the template.</param>
/// <param name="Text">The criterion as worded in the regulation.</param>
/// <param name="Evidence">The evidence (bukti dukung) the criterion expects, or null.</param>
/// <param name="Proof">What Sakip holds that proves it, if anything.</param>
public sealed record LkeCriterion(string Code, string Text, AnswerType AnswerType, string? Evidence = null, ProofKind Proof = ProofKind.None);

/// <summary>A sub-component: its criteria are averaged and the mean is multiplied by its weight.</summary>
/// <param name="Code">Component and sub-component number, e.g. <c>1.2</c>.</param>
public sealed record LkeSubComponent(string Code, string Name, decimal Weight, IReadOnlyList<LkeCriterion> Criteria);

/// <summary>A component (komponen): the sum of its sub-components, with a weight that is their total.</summary>
/// <param name="Code">The component number, e.g. <c>1</c>.</param>
public sealed record LkeComponent(string Code, string Name, decimal Weight, IReadOnlyList<LkeSubComponent> SubComponents);
