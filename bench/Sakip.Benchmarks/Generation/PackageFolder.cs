using Sakip.Packages.Schema;

namespace Sakip.Benchmarks.Generation;

/// <summary>The folder a package is generated into.</summary>
static class PackageFolder
{
    /// <summary>Empties the folder for a new package; false, touching nothing, when it holds anything but package CSV files.</summary>
    /// <remarks>A mistyped <c>--out</c> (say, the repository) must not be deleted.</remarks>
    public static bool Clear(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return true;
        }
        var entries = Directory.EnumerateFileSystemEntries(folder).ToList();
        var files = PackageSchema.Files.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        if (!entries.All(e => File.Exists(e) && files.Contains(Path.GetFileName(e))))
        {
            return false;
        }
        entries.ForEach(File.Delete);
        return true;
    }
}
