using Sakip.Core;
using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Reporting;
using Sakip.Packages;

namespace Sakip.Reports.Tests.Builders;

/// <summary>
/// The example package samples/kaltim-setda-2021 (copied to the test output), and the same with the report's own
/// content the package format does not carry yet (PK parties and programs, narratives, staff, facilities, comparison
/// values, analysis, quarterly budget), added in code so each test sees what it relies on.
/// </summary>
internal static class Sample
{
    public const string Unit = "SETDA";
    public const int Year = 2021;

    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    static readonly Lazy<Dataset> Read = new(() =>
        PackageReader.Read(Folder).Data ?? throw new InvalidOperationException($"The sample package at {Folder} does not read."));

    /// <summary>The package as read, nothing added.</summary>
    public static Dataset Package => Read.Value;

    public static readonly Party Governor = new("Dr. Ir. H. Isran Noor, M.Si.", null, "Gubernur Kalimantan Timur");

    public static readonly Party Secretary = new("H. Riza Indra Riadi, S.H., M.M.", "196701011990031001", "Sekretaris Daerah Provinsi Kalimantan Timur", ActingKind.Plt);

    /// <summary>The package with the report content added.</summary>
    public static Dataset Full => Package with
    {
        Agreements = [new Agreement(Unit, Year, Secretary, Governor, new DateOnly(2021, 2, 28), "Samarinda")],
        AgreementPrograms =
        [
            new AgreementProgram(Unit, Year, "Program Pemerintahan dan Otonomi Daerah", 4_120_899_250m, "POD.P2"),
            new AgreementProgram(Unit, Year, "Program Fasilitasi dan Koordinasi Hukum", 4_934_463_708m, "HUKUM.P2"),
        ],
        Narratives = [new Narrative(Unit, Year, NarrativeSection.Background, "Latar belakang pertama.\nLatar belakang kedua.")],
        Staff =
        [
            new StaffCount(Unit, Year, 12, "Eselon II", "IV", "S2", Gender.Male),
            new StaffCount(Unit, Year, 5, "Eselon II", "IV", "S2", Gender.Female),
            new StaffCount(Unit, Year, 30, "Pelaksana", "II", "SMA", Gender.Male),
        ],
        Facilities = [new Facility(Unit, Year, "Kendaraan roda empat", 14m, "unit", "Baik")],
        Comparisons = [new ComparisonValue("EKPPD", Year, 3.0m, "Rata-rata nasional")],
        Realisations = [.. Package.Realisations.Select(r => r is { Indicator: "PRODUK_HUKUM", Year: Year, Period: Period.Annual }
            ? r with { Analysis = new RealisationAnalysis("Koordinasi yang baik.", "Satu rancangan belum lengkap.", "Pendampingan penyusunan.") }
            : r)],
        BudgetLines = [.. Package.BudgetLines.Select(b => b.Code.StartsWith("HUKUM.P2.", StringComparison.Ordinal) && b.Level == BudgetLevel.SubActivity
            ? b with { Quarters = new QuarterAmounts(100m, 200m, null, null) }
            : b)],
    };
}
