namespace Sakip.Data.Evaluation;

/// <summary>A named group of units for recaps (e.g. the Perangkat Daerah kluster utama).</summary>
public sealed class UnitGroupEntity
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<UnitGroupMemberEntity> Members { get; set; } = [];
}

public sealed class UnitGroupMemberEntity
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public int UnitId { get; set; }
}
