namespace Sakip.Web.Infrastructure;

/// <summary>
/// A unit as pages need it: identity, names, its scope path and the <see cref="Data.Organisation.UnitEntity.DataVersion"/>
/// read with it, which says whether a cached result for the unit still holds.
/// </summary>
public sealed record UnitRef(int Id, string Code, string Name, string? ShortName, string Path, long DataVersion)
{
    public string DisplayName => Core.Organisation.Unit.DisplayNameOf(Name, ShortName);
}
