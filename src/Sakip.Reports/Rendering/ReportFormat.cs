namespace Sakip.Reports.Rendering;

/// <summary>The formats a document is rendered to; chosen by the file extension on the CLI and by the link in the web.</summary>
public enum ReportFormat
{
    Html,
    Docx,
    Xlsx,
    Pdf,
}

public static class ReportFormats
{
    /// <summary>The format an output path asks for (.html/.htm, .docx, .xlsx, .pdf), or null for any other extension.</summary>
    public static ReportFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => ReportFormat.Html,
        ".docx" => ReportFormat.Docx,
        ".xlsx" => ReportFormat.Xlsx,
        ".pdf" => ReportFormat.Pdf,
        _ => null,
    };

    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Html => ".html",
        ReportFormat.Docx => ".docx",
        ReportFormat.Xlsx => ".xlsx",
        _ => ".pdf",
    };

    public static string ContentType(this ReportFormat format) => format switch
    {
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/pdf",
    };
}
