using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Core.Capaian;

/// <summary>
/// The index's storage: for every indicator and year (an id), its targets by kind and realisations by period, in blocks
/// of a few thousand years, with its ratio components kept apart. An <see cref="IndicatorYear"/> is a view of one id.
/// </summary>
/// <remarks>
/// An object per year, with two arrays each, made a national package three quarters of a million small objects which
/// the garbage collector copied twice while the index was built: most of its time. Blocks are a few large arrays it
/// leaves in place. As in a dictionary, a later record of the same kind or period replaces an earlier one (validation
/// reports such duplicates); enum values without a name are not kept.
/// </remarks>
sealed class YearSlots
{
    const int YearsPerBlock = 4096;
    static readonly int TargetKinds = Enum.GetValues<TargetKind>().Length;
    static readonly int PeriodCount = Enum.GetValues<Period>().Length;

    readonly List<Block> blocks = [];

    /// <summary>Numerators then denominators by period, for the few years that have components.</summary>
    readonly Dictionary<int, RatioComponent?[]> components = [];

    public int Count { get; private set; }

    /// <summary>Adds a year with nothing measured yet and returns its id.</summary>
    /// <param name="next">The id of another year of the same indicator (or -1), to chain an indicator's years.</param>
    public int Add(string indicator, int year, int next)
    {
        if (Count % YearsPerBlock == 0)
        {
            blocks.Add(new Block());
        }
        var id = Count++;
        var (block, at) = Locate(id);
        block.Indicators[at] = indicator;
        block.Years[at] = year;
        block.Next[at] = next;
        return id;
    }

    public string Indicator(int id) => BlockOf(id).Indicators[id % YearsPerBlock];

    public int Year(int id) => BlockOf(id).Years[id % YearsPerBlock];

    public int Next(int id) => BlockOf(id).Next[id % YearsPerBlock];

    /// <summary>True once the year has a target or a realisation: what lists it among the index's indicator years.</summary>
    public bool IsListed(int id) => BlockOf(id).Listed[id % YearsPerBlock];

    public Indicator? Definition(int id) => BlockOf(id).Definitions[id % YearsPerBlock];

    public void Define(int id, Indicator? definition) => BlockOf(id).Definitions[id % YearsPerBlock] = definition;

    public Target? Target(int id, TargetKind kind) =>
        (uint)kind < (uint)TargetKinds ? BlockOf(id).Targets[(id % YearsPerBlock * TargetKinds) + (int)kind] : null;

    public Realisation? Realisation(int id, Period period) =>
        (uint)period < (uint)PeriodCount ? BlockOf(id).Realisations[(id % YearsPerBlock * PeriodCount) + (int)period] : null;

    public (RatioComponent Numerator, RatioComponent Denominator)? Components(int id, Period period) =>
        (uint)period < (uint)PeriodCount && components.TryGetValue(id, out var given)
            && given[(int)period] is { } p && given[PeriodCount + (int)period] is { } q
            ? (p, q)
            : null;

    public void Add(int id, Target target)
    {
        var (block, at) = Locate(id);
        if ((uint)target.Kind < (uint)TargetKinds)
        {
            block.Targets[(at * TargetKinds) + (int)target.Kind] = target;
        }
        block.Listed[at] = true;
    }

    public void Add(int id, Realisation realisation)
    {
        var (block, at) = Locate(id);
        if ((uint)realisation.Period < (uint)PeriodCount)
        {
            block.Realisations[(at * PeriodCount) + (int)realisation.Period] = realisation;
        }
        block.Listed[at] = true;
    }

    /// <remarks>Components alone do not list a year: without a target or a realisation row there is nothing to report for it.</remarks>
    public void Add(int id, RatioComponent component)
    {
        if ((uint)component.Period >= (uint)PeriodCount)
        {
            return;
        }
        if (!components.TryGetValue(id, out var given))
        {
            given = new RatioComponent?[2 * PeriodCount];
            components[id] = given;
        }
        given[(component.Kind == ComponentKind.Numerator ? 0 : PeriodCount) + (int)component.Period] = component;
    }

    Block BlockOf(int id) => blocks[id / YearsPerBlock];

    (Block Block, int At) Locate(int id) => (blocks[id / YearsPerBlock], id % YearsPerBlock);

    sealed class Block
    {
        public string[] Indicators { get; } = new string[YearsPerBlock];
        public int[] Years { get; } = new int[YearsPerBlock];
        public int[] Next { get; } = new int[YearsPerBlock];
        public bool[] Listed { get; } = new bool[YearsPerBlock];
        public Indicator?[] Definitions { get; } = new Indicator?[YearsPerBlock];
        public Target?[] Targets { get; } = new Target?[YearsPerBlock * TargetKinds];
        public Realisation?[] Realisations { get; } = new Realisation?[YearsPerBlock * PeriodCount];
    }
}
