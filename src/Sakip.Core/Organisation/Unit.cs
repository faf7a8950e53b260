namespace Sakip.Core.Organisation;

/// <summary>An organisation unit (instansi).</summary>
public sealed record Unit(string Code, string Name, string? Parent, UnitKind Kind, string? ShortName)
{
    public Origin? Origin { get; init; }

    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;
}
