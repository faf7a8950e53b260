namespace Sakip.Core.Workflow;

/// <summary>
/// The objects of the SAKIP cycle that go draft → diajukan → disetujui (or back with a note), each per unit and per
/// year (and quarter, for realisasi). <see cref="Lkjip"/> is scheduled and scored for timeliness but not approved here:
/// its publication is the Pimpinan's act.
/// </summary>
public enum CycleObject
{
    /// <summary>Renstra: the unit's tujuan, sasaran, their indicators and the Renstra targets. Year = first year of the plan.</summary>
    Renstra,

    /// <summary>Indikator Kinerja Utama: which indicators are key and their definitions.</summary>
    Iku,

    /// <summary>Target tahunan (PK) and the quarterly targets of a year.</summary>
    Targets,

    /// <summary>Perjanjian Kinerja of a year.</summary>
    Agreement,

    /// <summary>Anggaran: the program/kegiatan/sub kegiatan lines of a year.</summary>
    Budget,

    /// <summary>Realisasi of a quarter (or of the year).</summary>
    Realisation,

    /// <summary>LKjIP of a year.</summary>
    Lkjip,
}
