using Sakip.Core;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>pk.csv and pk_program.csv: one agreement per unit, year and version; references to units and budget lines.</summary>
static class AgreementChecks
{
    public static void Validate(Dataset data, IReadOnlySet<string> units, IReadOnlySet<string> budget, List<Problem> problems)
    {
        Located.References(data.Agreements, a => a.Unit, units, a => a.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.Agreements, a => (a.Unit, a.Year, a.Version), a => a.Origin, "versi",
            k => $"PK {k.Unit} tahun {k.Year} versi {k.Version}", problems);

        Located.References(data.AgreementPrograms, p => p.Unit, units, p => p.Origin, "instansi", "instansi", problems);
        Located.References(data.AgreementPrograms, p => p.BudgetLine, budget, p => p.Origin, "anggaran", "kode anggaran", problems);
        Located.Duplicates(data.AgreementPrograms, p => (p.Unit, p.Year, p.Name), p => p.Origin, "uraian",
            k => $"program \"{k.Name}\" pada PK {k.Unit} tahun {k.Year}", problems);
    }
}
