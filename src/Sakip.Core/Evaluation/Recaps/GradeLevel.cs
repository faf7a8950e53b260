using Sakip.Core.Explaining;

namespace Sakip.Core.Evaluation.Recaps;

/// <summary>How many units of a recap have at least <paramref name="Grade"/>, and their share of the units with a score.</summary>
public sealed record GradeLevel(string Grade, int Count, Explained<decimal?> Share);
