namespace Sakip.Data.Reporting;

/// <summary>
/// A document of a unit and year as published to the public page, kept as the PDF rendered at that moment so what the
/// public reads does not change when the data does. A newer publication of the same unit, year and kind supersedes it;
/// the older row stays (nothing is lost). A withdrawn publication is no longer shown or served.
/// </summary>
public sealed class PublishedReportEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public PublishedReportKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset PublishedAt { get; set; }
    public string PublishedBy { get; set; } = "";
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawnBy { get; set; }
    public string? WithdrawalReason { get; set; }
}
