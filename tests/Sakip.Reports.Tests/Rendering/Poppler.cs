using System.Diagnostics;

namespace Sakip.Reports.Tests.Rendering;

/// <summary>poppler-utils (pdftotext, pdftoppm, pdfinfo; installed by scripts/setup.sh): how the tests read a PDF back.</summary>
static class Poppler
{
    public static async Task<string> Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{tool} {arguments}");
        return output;
    }
}
