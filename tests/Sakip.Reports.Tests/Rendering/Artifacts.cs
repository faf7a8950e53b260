namespace Sakip.Reports.Tests.Rendering;

/// <summary>Where rendered documents and page images are kept to be looked at: artifacts/documents at the repository root.</summary>
static class Artifacts
{
    public static string Path(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Sakip.sln")))
        {
            directory = directory.Parent;
        }
        var folder = System.IO.Path.Combine(directory?.FullName ?? System.IO.Path.GetTempPath(), "artifacts", "documents");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, fileName);
    }
}
