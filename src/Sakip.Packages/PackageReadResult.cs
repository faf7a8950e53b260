using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Packages.Values;

namespace Sakip.Packages;

/// <summary>The outcome of reading a package: the dataset when there is no error, and every problem found.</summary>
/// <param name="Data">The dataset; null when any problem is an error (a package is accepted whole or not at all).</param>
/// <param name="Conventions">The number convention chosen for each file that has numbers, by file name.</param>
public sealed record PackageReadResult(Dataset? Data, IReadOnlyList<Problem> Problems, IReadOnlyDictionary<string, ConventionChoice> Conventions)
{
    public bool IsValid => Data is not null;

    public IEnumerable<Problem> Errors => Problems.Where(p => p.IsError);
}
