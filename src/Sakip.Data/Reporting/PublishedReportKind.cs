namespace Sakip.Data.Reporting;

/// <summary>A document a unit publishes for the public (keterbukaan informasi SAKIP).</summary>
public enum PublishedReportKind
{
    /// <summary>Laporan Kinerja Instansi Pemerintah.</summary>
    Lkjip,

    /// <summary>Perjanjian Kinerja.</summary>
    Agreement,

    /// <summary>Indikator Kinerja Utama (the IKU table).</summary>
    KeyIndicators,
}
