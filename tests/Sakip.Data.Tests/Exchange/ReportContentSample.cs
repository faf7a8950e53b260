using Sakip.Core;
using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Reporting;
using Sakip.Packages;

namespace Sakip.Data.Tests.Exchange;

/// <summary>The sample package with every list and property a report adds: PK, analysis, statuses, quarters, narratives, staff, facilities, comparisons.</summary>
static class ReportContentSample
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    public static Dataset Package() => PackageReader.Read(Sample).Data!;

    public static readonly Party Sekda = new("Dr. H. Muhammad Sa'bani, M.Si", "196504041991031009", "Sekretaris Daerah Provinsi Kalimantan Timur");
    public static readonly Party Gubernur = new("Dr. Ir. H. Isran Noor, M.Si", null, "Gubernur Kalimantan Timur");

    public static readonly RealisationAnalysis Analysis = new("Koordinasi yang baik dengan Kemendagri.", "Skor EKPPD 2019–2021 belum ditetapkan.", "Mendorong penetapan skor.");

    public static Dataset Extended() => Extended(Package());

    public static Dataset Extended(Dataset package) => package with
    {
        Realisations = [.. package.Realisations.Select(r => r is { Indicator: "EKPPD", Year: 2021, Period: Period.Q2 } ? r with { Analysis = Analysis } : r)],
        BudgetLines = [.. package.BudgetLines, new BudgetLine("SETDA.P1", "SETDA", 2021, BudgetLevel.Program, null, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 1_000_000m, 900_000m)
        {
            Quarters = new(100_000m, 200_000m, null, 600_000m),
        }],
        Agreements = [new Agreement("SETDA", 2021, Sekda, Gubernur, new DateOnly(2021, 2, 3), "Samarinda")],
        AgreementPrograms =
        [
            new AgreementProgram("SETDA", 2021, "Program Penunjang Urusan Pemerintahan Daerah", 1_000_000m, "SETDA.P1"),
            new AgreementProgram("SETDA", 2021, "Program Pemerintahan dan Kesejahteraan Rakyat", 2_500_000m),
        ],
        Narratives =
        [
            new Narrative("SETDA", 2021, NarrativeSection.Background, "Sekretariat Daerah menyusun LKjIP sebagai ..."),
            new Narrative("SETDA", 2021, NarrativeSection.ObjectiveAnalysis, "Sasaran 1 tercapai karena ...", "S1"),
            new Narrative("POD", 2021, NarrativeSection.Duties, "Biro Pemerintahan dan Otonomi Daerah bertugas ..."),
        ],
        Staff =
        [
            new StaffCount("SETDA", 2021, 12, "Eselon II", "IV", "S2", Gender.Male),
            new StaffCount("SETDA", 2021, 3, "Eselon II", "IV", "S2", Gender.Female),
            new StaffCount("SETDA", 2021, 40, "Pelaksana"),
            new StaffCount("POD", 2021, 25, "Pelaksana"),
        ],
        Facilities =
        [
            new Facility("SETDA", 2021, "Kendaraan roda empat", 14m, "unit", "Baik"),
            new Facility("SETDA", 2021, "Gedung kantor", 2_450.5m, "m²", "Baik", "Kantor Gubernur lantai 2"),
            new Facility("POD", 2021, "Laptop", 30m, "unit"),
        ],
        Comparisons =
        [
            new ComparisonValue("EKPPD", 2021, 3.0m, "Rata-rata nasional (Kemendagri)"),
            new ComparisonValue("EKPPD", 2021, 3.2m, "Provinsi Jawa Timur"),
        ],
    };
}
