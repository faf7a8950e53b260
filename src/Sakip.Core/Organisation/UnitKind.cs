namespace Sakip.Core.Organisation;

/// <summary>instansi.jenis: pemda, perangkat_daerah, unit_kerja.</summary>
public enum UnitKind
{
    /// <summary>pemda — a regional government (province, regency, city).</summary>
    RegionalGovernment,

    /// <summary>perangkat_daerah — a regional agency (Dinas, Badan, Sekretariat).</summary>
    Agency,

    /// <summary>unit_kerja — a work unit inside an agency (Biro, Bagian, Bidang, UPTD).</summary>
    WorkUnit,
}
