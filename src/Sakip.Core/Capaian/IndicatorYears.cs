namespace Sakip.Core.Capaian;

/// <summary>What the index keeps of one indicator: its measured years and the last year with a Renstra target.</summary>
sealed class IndicatorYears(string indicator)
{
    public List<IndicatorYear> Years { get; } = new(capacity: 6);

    public int? LastRenstraYear { get; set; }

    public IndicatorYear? Find(int year)
    {
        foreach (var candidate in Years)
        {
            if (candidate.Year == year)
            {
                return candidate;
            }
        }
        return null;
    }

    public IndicatorYear FindOrAdd(int year)
    {
        if (Find(year) is not { } found)
        {
            found = new IndicatorYear(indicator, year);
            Years.Add(found);
        }
        return found;
    }
}
