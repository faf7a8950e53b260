using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Core.Tests.Builders;

/// <summary>
/// Builds a <see cref="Dataset"/> one row at a time, so each test shows the data it depends on. Every row gets the
/// origin it would have in a package: its file and line, the header being line 1.
/// </summary>
public sealed class DatasetBuilder
{
    readonly List<PlanElement> planElements = [];
    readonly List<Indicator> indicators = [];
    readonly List<Target> targets = [];
    readonly List<Realisation> realisations = [];
    readonly List<RatioComponent> components = [];
    readonly List<BudgetLine> budgetLines = [];
    readonly List<EvaluationScore> evaluations = [];
    readonly List<Recommendation> recommendations = [];
    readonly List<Scale> scales = [];

    public DatasetBuilder WithPlanElement(string code, PlanElementKind kind, string? parent = null, int? periodStart = null, int? periodEnd = null)
    {
        planElements.Add(new PlanElement(code, "SETDA", kind, parent, $"Rencana {code}", periodStart, periodEnd)
        {
            Origin = new Origin("rencana.csv", planElements.Count + 2),
        });
        return this;
    }

    public DatasetBuilder WithIndicator(
        string code,
        Direction direction = Direction.Increase,
        Aggregation aggregation = Aggregation.Last,
        string planElement = "S1",
        int? order = null)
    {
        indicators.Add(new Indicator(code, planElement, $"Indikator {code}", Direction: direction, Aggregation: aggregation, Order: order)
        {
            Origin = new Origin("indikator.csv", indicators.Count + 2),
        });
        return this;
    }

    public DatasetBuilder WithTarget(string indicator, int year, TargetKind kind, decimal? value, decimal? max = null, string? text = null)
    {
        targets.Add(new Target(indicator, year, kind, value, max, text) { Origin = new Origin("target.csv", targets.Count + 2) });
        return this;
    }

    public DatasetBuilder WithRealisation(
        string indicator, int year, Period period, decimal? value, decimal? printedCapaian = null, string? text = null)
    {
        realisations.Add(new Realisation(indicator, year, period, value, text, printedCapaian)
        {
            Origin = new Origin("realisasi.csv", realisations.Count + 2),
        });
        return this;
    }

    /// <summary>Adds both rows of a ratio: pembilang and penyebut.</summary>
    public DatasetBuilder WithComponents(string indicator, int year, Period period, decimal numerator, decimal denominator)
    {
        components.Add(new RatioComponent(indicator, year, period, ComponentKind.Numerator, numerator)
        {
            Origin = new Origin("komponen.csv", components.Count + 2),
        });
        components.Add(new RatioComponent(indicator, year, period, ComponentKind.Denominator, denominator)
        {
            Origin = new Origin("komponen.csv", components.Count + 2),
        });
        return this;
    }

    /// <summary>Adds a budget line of 2021; its level follows from its parent (program → kegiatan → sub kegiatan).</summary>
    public DatasetBuilder WithBudget(
        string code,
        decimal? ceiling,
        decimal? spent = null,
        string? parent = null,
        decimal? printedPercent = null,
        string? planElement = null,
        string? indicator = null)
    {
        var level = parent is null ? BudgetLevel.Program
            : budgetLines.Single(l => l.Code == parent).Level == BudgetLevel.Program ? BudgetLevel.Activity
            : BudgetLevel.SubActivity;
        budgetLines.Add(new BudgetLine(code, "PBJ", 2021, level, parent, $"Anggaran {code}", ceiling, spent, planElement, indicator, printedPercent)
        {
            Origin = new Origin("anggaran.csv", budgetLines.Count + 2),
        });
        return this;
    }

    public DatasetBuilder WithComponentScore(string unit, int year, string component, decimal? score, decimal? weight = null)
    {
        evaluations.Add(new EvaluationScore(unit, year, component, weight, score) { Origin = new Origin("evaluasi.csv", evaluations.Count + 2) });
        return this;
    }

    public DatasetBuilder WithFinalScore(string unit, int year, decimal? score, string? printedGrade = null)
    {
        evaluations.Add(new EvaluationScore(unit, year, null, 100m, score, printedGrade)
        {
            Origin = new Origin("evaluasi.csv", evaluations.Count + 2),
        });
        return this;
    }

    public DatasetBuilder WithRecommendation(string number, FollowUpStatus? status, string? printedStatus)
    {
        recommendations.Add(new Recommendation("SETDA", 2020, number, "Perencanaan Kinerja", $"Rekomendasi {number}", "Tindak lanjut", status, printedStatus)
        {
            Origin = new Origin("rekomendasi.csv", recommendations.Count + 2),
        });
        return this;
    }

    public DatasetBuilder WithScale(string name, params Band[] bands)
    {
        scales.Add(Scale.Create(name, bands, out var problems)
            ?? throw new ArgumentException($"Invalid test scale: {string.Join("; ", problems)}", nameof(bands)));
        return this;
    }

    public Dataset Build() => new()
    {
        PlanElements = [.. planElements],
        Indicators = [.. indicators],
        Targets = [.. targets],
        Realisations = [.. realisations],
        Components = [.. components],
        BudgetLines = [.. budgetLines],
        Evaluations = [.. evaluations],
        Recommendations = [.. recommendations],
        Scales = [.. scales],
    };
}
