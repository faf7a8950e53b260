namespace Sakip.Core.Organisation;

/// <summary>An organisation unit (instansi).</summary>
public sealed record Unit(string Code, string Name, string? Parent, UnitKind Kind, string? ShortName)
{
    public Origin? Origin { get; init; }

    public string DisplayName => DisplayNameOf(Name, ShortName);

    /// <summary>How a unit is named on screens and documents: its short name (singkatan) when it has one.</summary>
    public static string DisplayNameOf(string name, string? shortName) => string.IsNullOrWhiteSpace(shortName) ? name : shortName;
}
