using Sakip.Core;
using Sakip.Reports.Documents;
using Sakip.Reports.Lkjip;
using Sakip.Reports.Rendering;

namespace Sakip.Web.Tests.Features.Laporan;

/// <summary>
/// A test that needs the LKjIP builder and the renderers of issue #8, which are written on other branches: skipped
/// while either still throws <see cref="NotImplementedException"/>, so it runs by itself once they are merged.
/// </summary>
public sealed class DocumentsReadyFactAttribute : FactAttribute
{
    public DocumentsReadyFactAttribute()
    {
        if (!Ready())
        {
            Skip = "Needs LkjipDocument.Build and ReportRenderer (issue #8), not implemented on this branch yet.";
        }
    }

    static bool Ready()
    {
        try
        {
            LkjipDocument.Build(Dataset.Empty, "SETDA", 2021);
        }
        catch (NotImplementedException)
        {
            return false;
        }
        catch (Exception)
        {
            // Implemented; an empty dataset may well be refused.
        }
        try
        {
            using var output = new MemoryStream();
            new ReportRenderer().RenderAsync(new ReportDocument("uji", "uji", []), ReportFormat.Html, output).GetAwaiter().GetResult();
        }
        catch (NotImplementedException)
        {
            return false;
        }
        return true;
    }
}
