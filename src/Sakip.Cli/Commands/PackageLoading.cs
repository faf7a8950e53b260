using Sakip.Core.Evaluation.Recaps;
using Sakip.Cli.Terminal;
using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Packages;

namespace Sakip.Cli.Commands;

/// <summary>Reads a package for a command and reports its problems the same way everywhere.</summary>
static class PackageLoading
{
    /// <summary>
    /// The dataset, or null after printing the errors to the error writer. With <paramref name="derived"/>, indicators
    /// that take their realisasi from a recap get it (for the commands that compute; not for one that writes the
    /// package out again, where a derived value would come back as a stored one).
    /// </summary>
    public static Dataset? Load(string path, CliConsole console, bool derived = true)
    {
        var result = PackageReader.Read(path);
        foreach (var warning in result.Problems.Where(p => !p.IsError))
        {
            console.Error.WriteLine($"peringatan: {warning}");
        }
        if (result.Data is { } data)
        {
            return derived ? RecapRealisations.Apply(data) : data;
        }
        WriteErrors(result.Problems, console.Error);
        return null;
    }

    public static void WriteErrors(IReadOnlyList<Problem> problems, TextWriter writer)
    {
        var errors = problems.Where(p => p.IsError).ToList();
        foreach (var error in errors)
        {
            writer.WriteLine(error.ToString());
        }
        writer.WriteLine($"Paket tidak valid: {errors.Count} kesalahan.");
    }
}
