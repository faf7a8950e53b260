using Microsoft.Extensions.Caching.Memory;
using Sakip.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Results computed for a unit (its performance, its dashboard figures), kept in this instance's memory per unit
/// and <see cref="UnitRef.DataVersion"/>. Every save that changes what a unit's pages show moves its version in the
/// database (<c>UnitDataVersions</c>), and every request reads the version with the unit, so a cached result is only
/// reused while it still holds, whichever instance made the change; results of older versions age out.
/// </summary>
/// <remarks>
/// Use it only with a <see cref="UnitRef"/> read in the same request before any write: after a save, the unit's
/// old version still finds the old result, so code that shows what it just saved loads it fresh.
/// </remarks>
public sealed class UnitResultCache : IDisposable
{
    /// <summary>About 2,000 units' results; a unit's performance is tens of kilobytes.</summary>
    const int MaxEntries = 4_000;

    static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };

    readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>The unit's performance (plan, targets, realisations, calculator), shared by every page of the unit.</summary>
    public Task<UnitPerformance> PerformanceAsync(SakipDb db, UnitRef unit, CancellationToken ct) =>
        GetOrLoadAsync(unit, nameof(UnitPerformance), year: 0, () => UnitPerformance.LoadAsync(db, unit, ct));

    /// <summary>A result of <paramref name="load"/> for this unit at its data version, computed once.</summary>
    /// <param name="part">What the result is (one name per kind of result).</param>
    public async Task<T> GetOrLoadAsync<T>(UnitRef unit, string part, int year, Func<Task<T>> load)
        where T : class
    {
        var key = new Key(unit.Id, unit.DataVersion, part, year);
        if (cache.TryGetValue(key, out T? found) && found is not null)
        {
            return found;
        }
        var loaded = await load();
        cache.Set(key, loaded, Entry);
        return loaded;
    }

    public void Dispose() => cache.Dispose();

    readonly record struct Key(int Unit, long Version, string Part, int Year);
}
