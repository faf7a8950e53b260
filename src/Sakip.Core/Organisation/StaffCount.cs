namespace Sakip.Core.Organisation;

/// <summary>
/// How many staff a unit has in a year in one cell of position × rank × education × gender (pegawai.csv). A dimension
/// left empty means the count is not broken down by it.
/// </summary>
/// <param name="Position">Jabatan group, e.g. "Eselon II", "Fungsional", "Pelaksana".</param>
/// <param name="Rank">Golongan, e.g. "IV", "III".</param>
/// <param name="Education">Pendidikan, e.g. "S2", "SMA".</param>
public sealed record StaffCount(
    string Unit,
    int Year,
    int Count,
    string? Position = null,
    string? Rank = null,
    string? Education = null,
    Gender? Gender = null)
{
    public Origin? Origin { get; init; }
}
