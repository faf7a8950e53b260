using System.Globalization;
using Sakip.Core;
using Sakip.Data.Reporting;
using Sakip.Reports.Agreements;
using Sakip.Reports.Documents;
using Sakip.Reports.KeyIndicators;
using Sakip.Reports.Lkjip;
using Sakip.Reports.Monitoring;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// A document the Laporan area offers for a unit and year, named in links by its code (<c>lkjip</c>, <c>pk</c>,
/// <c>monev-1</c> … <c>monev-4</c>, <c>iku</c>), with the builder in Sakip.Reports that makes it.
/// </summary>
public sealed record ReportKind(string Code, string Title, int? Quarter, PublishedReportKind? Publishable)
{
    public static readonly ReportKind Lkjip = new("lkjip", "Laporan Kinerja (LKjIP)", null, PublishedReportKind.Lkjip);
    public static readonly ReportKind Agreement = new("pk", "Perjanjian Kinerja", null, PublishedReportKind.Agreement);
    public static readonly ReportKind KeyIndicators = new("iku", "Indikator Kinerja Utama (IKU)", null, PublishedReportKind.KeyIndicators);

    /// <summary>Every document in the order the Laporan page lists them.</summary>
    public static readonly IReadOnlyList<ReportKind> All =
    [
        Lkjip, Agreement, KeyIndicators,
        .. Enumerable.Range(1, 4).Select(q => new ReportKind(
            string.Create(CultureInfo.InvariantCulture, $"monev-{q}"), $"Laporan Monev Triwulan {Roman(q)}", q, null)),
    ];

    /// <summary>The document a link names; null for anything else (the page answers 404).</summary>
    public static ReportKind? Parse(string? code) =>
        All.FirstOrDefault(k => string.Equals(k.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ReportKind Of(PublishedReportKind kind) => kind switch
    {
        PublishedReportKind.Lkjip => Lkjip,
        PublishedReportKind.Agreement => Agreement,
        PublishedReportKind.KeyIndicators => KeyIndicators,
    };

    /// <summary>Builds the document from the unit's data; the builders live in Sakip.Reports.</summary>
    public ReportDocument Build(Dataset data, string unit, int year) => this switch
    {
        { Quarter: { } quarter } => MonitoringDocument.Build(data, unit, year, quarter),
        _ when this == Lkjip => LkjipDocument.Build(data, unit, year),
        _ when this == Agreement => AgreementDocument.Build(data, unit, year),
        _ => KeyIndicatorDocument.Build(data, unit, year),
    };

    static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
