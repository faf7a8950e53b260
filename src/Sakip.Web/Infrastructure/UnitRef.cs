namespace Sakip.Web.Infrastructure;

/// <summary>A unit as pages need it: identity, names and its scope path.</summary>
public sealed record UnitRef(int Id, string Code, string Name, string? ShortName, string Path)
{
    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;
}
