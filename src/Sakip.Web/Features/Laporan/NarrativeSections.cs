using Sakip.Core.Reporting;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// The narrative sections of a unit's LKjIP for a year, in the order of the document (PermenPAN-RB 53/2014): one of
/// each, and one analysis per sasaran of the unit. Links name a section by its narasi.csv code.
/// </summary>
public static class NarrativeSections
{
    public static readonly IReadOnlyList<NarrativeSection> Order =
    [
        NarrativeSection.Foreword, NarrativeSection.Background, NarrativeSection.LegalBasis, NarrativeSection.Duties,
        NarrativeSection.StrategicIssues, NarrativeSection.ObjectiveAnalysis, NarrativeSection.Closing,
    ];

    public static string Code(NarrativeSection section) => section switch
    {
        NarrativeSection.Foreword => "kata_pengantar",
        NarrativeSection.Background => "latar_belakang",
        NarrativeSection.LegalBasis => "dasar_hukum",
        NarrativeSection.Duties => "tugas_fungsi",
        NarrativeSection.StrategicIssues => "isu_strategis",
        NarrativeSection.ObjectiveAnalysis => "analisis_sasaran",
        NarrativeSection.Closing => "penutup",
    };

    public static string Label(NarrativeSection section) => section switch
    {
        NarrativeSection.Foreword => "Kata Pengantar",
        NarrativeSection.Background => "Bab I — Latar Belakang",
        NarrativeSection.LegalBasis => "Bab I — Dasar Hukum",
        NarrativeSection.Duties => "Bab I — Tugas Pokok dan Fungsi",
        NarrativeSection.StrategicIssues => "Bab I — Isu Strategis",
        NarrativeSection.ObjectiveAnalysis => "Bab III — Analisis Capaian Sasaran",
        NarrativeSection.Closing => "Bab IV — Penutup",
    };

    /// <summary>How to write the section, shown under its field.</summary>
    public static string Hint(NarrativeSection section) => section switch
    {
        NarrativeSection.Foreword => "Pengantar dari pimpinan unit: maksud laporan dan ucapan terima kasih.",
        NarrativeSection.Background => "Kedudukan unit, dasar penyusunan LKjIP dan gambaran umum organisasi.",
        NarrativeSection.LegalBasis => "Satu peraturan per baris, misalnya Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP.",
        NarrativeSection.Duties => "Tugas pokok dan fungsi unit sesuai peraturan kepala daerah tentang kedudukan dan tata kerja.",
        NarrativeSection.StrategicIssues => "Permasalahan utama dan isu strategis yang dihadapi unit pada tahun ini.",
        NarrativeSection.ObjectiveAnalysis => "Analisis capaian sasaran ini: perbandingan dengan target dan tahun lalu, penyebab keberhasilan/kegagalan, efisiensi sumber daya.",
        NarrativeSection.Closing => "Kesimpulan capaian kinerja tahun ini dan langkah perbaikan ke depan.",
    };

    public static NarrativeSection? Parse(string? code) =>
        Order.Cast<NarrativeSection?>().FirstOrDefault(s => string.Equals(Code(s!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Every section the unit has to write for the year: the fixed ones and one analysis per sasaran.</summary>
    public static IReadOnlyList<Slot> Expected(IReadOnlyList<(int Id, string Code, string Statement)> objectives) =>
    [
        .. Order.SelectMany(section => section == NarrativeSection.ObjectiveAnalysis
            ? objectives.Select(o => new Slot(section, o.Id, o.Code, $"{Label(section)}: {o.Code} {o.Statement}"))
            : [new Slot(section, null, null, Label(section))]),
    ];

    /// <summary>A section to write; <paramref name="PlanElementId"/> and <paramref name="Objective"/> only for a sasaran's analysis.</summary>
    public sealed record Slot(NarrativeSection Section, int? PlanElementId, string? Objective, string Title)
    {
        public string Code => NarrativeSections.Code(Section);
    }
}
