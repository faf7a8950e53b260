using Sakip.Core;
using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Organisation;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>
/// pk.csv and pk_program.csv: one agreement per unit and year; each program belongs to an agreement of the package and
/// names a budget line of that year in the unit or below it.
/// </summary>
static class AgreementChecks
{
    public static void Validate(Dataset data, IReadOnlySet<string> units, IReadOnlySet<string> budget, RejectedRows rejected, List<Problem> problems)
    {
        Located.References(data.Agreements, a => a.Unit, units, a => a.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.Agreements, a => (a.Unit, a.Year, a.Version), a => a.Origin, "versi",
            k => $"PK {k.Unit} tahun {k.Year} versi {k.Version}", problems);
        OneVersionPerYear(data.Agreements, problems);

        Located.References(data.AgreementPrograms, p => p.Unit, units, p => p.Origin, "instansi", "instansi", problems);
        var agreed = data.Agreements.Concat(rejected.Agreements).Select(a => (a.Unit, a.Year)).ToHashSet();
        foreach (var program in data.AgreementPrograms.Where(p => units.Contains(p.Unit) && !agreed.Contains((p.Unit, p.Year))))
        {
            problems.Add(Located.At(program.Origin, "tahun",
                $"tidak ada perjanjian kinerja {program.Unit} tahun {program.Year} di pk.csv"));
        }
        Located.References(data.AgreementPrograms, p => p.BudgetLine, budget, p => p.Origin, "anggaran", "kode anggaran", problems);
        BudgetOfSameUnitAndYear(data, data.BudgetLines.Concat(rejected.BudgetLines), units, budget, problems);
        Located.Duplicates(data.AgreementPrograms, p => (p.Unit, p.Year, p.Name), p => p.Origin, "uraian",
            k => $"program \"{k.Name}\" pada PK {k.Unit} tahun {k.Year}", problems);
    }

    /// <summary>
    /// Two versions of one year's PK are refused: the importer makes each row in turn the current version, so the last
    /// row (not the highest versi) would win, and pk_program.csv has no versi to tell their programs apart. A package
    /// carries the version in force, as an export writes it.
    /// </summary>
    static void OneVersionPerYear(IReadOnlyList<Agreement> agreements, List<Problem> problems)
    {
        var first = new Dictionary<(string Unit, int Year), Agreement>();
        foreach (var agreement in agreements)
        {
            if (!first.TryAdd((agreement.Unit, agreement.Year), agreement) && first[(agreement.Unit, agreement.Year)] is { } earlier
                && earlier.Version != agreement.Version)
            {
                var at = earlier.Origin is null ? "" : $" di baris {earlier.Origin.Line}";
                problems.Add(Located.At(agreement.Origin, "versi",
                    $"PK {agreement.Unit} tahun {agreement.Year} sudah ada{at} (versi {earlier.Version}); paket data memuat satu PK per instansi dan tahun, yaitu versi yang berlaku"));
            }
        }
    }

    /// <summary>
    /// A PK program names a budget line of its year held by the PK's unit or a unit below it (a Setda's PK lists the
    /// programs of its biro); the code must name exactly one such line, or the report cannot tell whose realisasi it is.
    /// </summary>
    static void BudgetOfSameUnitAndYear(
        Dataset data, IEnumerable<BudgetLine> lines, IReadOnlySet<string> units, IReadOnlySet<string> budget, List<Problem> problems)
    {
        var tree = new UnitTree(data.Units);
        var byYearAndCode = lines.ToLookup(l => (l.Year, l.Code));
        foreach (var program in data.AgreementPrograms)
        {
            if (program.BudgetLine is not { } code || !budget.Contains(code) || !units.Contains(program.Unit))
            {
                continue;
            }
            var below = tree.SelfAndDescendants(program.Unit);
            var holders = byYearAndCode[(program.Year, code)].Where(l => below.Contains(l.Unit)).Select(l => l.Unit).Distinct().ToList();
            if (holders.Count == 0)
            {
                problems.Add(Located.At(program.Origin, "anggaran",
                    $"kode anggaran \"{code}\" tidak ada pada anggaran tahun {program.Year} milik {program.Unit} atau instansi di bawahnya"));
            }
            else if (holders.Count > 1 && !holders.Contains(program.Unit))
            {
                problems.Add(Located.At(program.Origin, "anggaran",
                    $"kode anggaran \"{code}\" tahun {program.Year} ada pada lebih dari satu instansi ({string.Join(", ", holders)}); tidak jelas anggaran mana yang dimaksud"));
            }
        }
    }
}
