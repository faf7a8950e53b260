using Sakip.Core.Organisation;

namespace Sakip.Data.Organisation;

/// <summary>An organisation unit (instansi). Units are the scope of every account and every record.</summary>
public sealed class UnitEntity
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? ParentId { get; set; }
    public UnitEntity? Parent { get; set; }
    public UnitKind Kind { get; set; }
    public string? ShortName { get; set; }

    /// <summary>Materialised path of ids, e.g. <c>/1/2/15/</c>, so "a unit and its descendants" is one indexed LIKE.</summary>
    public string Path { get; set; } = "/";

    /// <summary>
    /// Goes up whenever records that this unit's pages show change (see <see cref="UnitDataVersions"/>), so a result
    /// computed at one version can be reused by any instance until the version moves on.
    /// </summary>
    public long DataVersion { get; set; }

    /// <summary>Goes up by one on every change; an edit made from an older version is refused (<see cref="Concurrency.EditVersions"/>).</summary>
    public int Version { get; set; } = 1;

    public string DisplayName => Unit.DisplayNameOf(Name, ShortName);
}
