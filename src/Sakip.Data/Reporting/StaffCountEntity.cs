using Sakip.Core.Organisation;

namespace Sakip.Data.Reporting;

/// <summary>A cell of a unit's staff table of a year (pegawai): position × rank × education × gender.</summary>
public sealed class StaffCountEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public int Count { get; set; }
    public string? Position { get; set; }
    public string? Rank { get; set; }
    public string? Education { get; set; }
    public Gender? Gender { get; set; }
}
