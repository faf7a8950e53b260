namespace Sakip.Reports.Rendering;

/// <summary>A document could not be rendered for a reason outside the data, e.g. Chromium is missing for PDF; the message says what to do.</summary>
public sealed class ReportRenderingException(string message, Exception? inner = null) : Exception(message, inner);
