namespace Sakip.Core.Agreements;

/// <summary>A signatory of a Perjanjian Kinerja (pihak pertama or pihak kedua).</summary>
/// <param name="Position">Jabatan as printed, e.g. "Sekretaris Daerah Provinsi Kalimantan Timur".</param>
public sealed record Party(string Name, string? Nip, string Position, ActingKind Acting = ActingKind.Definitive);
