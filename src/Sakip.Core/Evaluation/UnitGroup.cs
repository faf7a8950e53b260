namespace Sakip.Core.Evaluation;

/// <summary>A named group of units a recap can be limited to, e.g. the "Perangkat Daerah kluster utama" (kelompok.csv).</summary>
public sealed record UnitGroup(string Code, string Name, IReadOnlyList<string> Units)
{
    public Origin? Origin { get; init; }

    public bool Equals(UnitGroup? other) =>
        other is not null && Code == other.Code && Name == other.Name && Units.SequenceEqual(other.Units) && Origin == other.Origin;

    public override int GetHashCode() => HashCode.Combine(Code, Name);
}
