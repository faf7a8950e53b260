using Sakip.Core;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Benchmarks.Generation;

/// <summary>The records of a package being generated, one list per file.</summary>
sealed class PackageLists
{
    public List<Unit> Units { get; } = [];
    public List<PlanElement> PlanElements { get; } = [];
    public List<Indicator> Indicators { get; } = [];
    public List<Target> Targets { get; } = [];
    public List<Realisation> Realisations { get; } = [];
    public List<RatioComponent> Components { get; } = [];
    public List<BudgetLine> BudgetLines { get; } = [];
    public List<EvaluationScore> Evaluations { get; } = [];
    public List<Recommendation> Recommendations { get; } = [];

    public Dataset ToDataset(IReadOnlyList<Scale> scales) => new()
    {
        Units = Units,
        PlanElements = PlanElements,
        Indicators = Indicators,
        Targets = Targets,
        Realisations = Realisations,
        Components = Components,
        BudgetLines = BudgetLines,
        Evaluations = Evaluations,
        Recommendations = Recommendations,
        Scales = scales,
    };
}
