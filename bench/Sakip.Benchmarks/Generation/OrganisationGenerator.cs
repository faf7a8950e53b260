using System.Globalization;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;

namespace Sakip.Benchmarks.Generation;

/// <summary>
/// One pemda: its unit and 40 perangkat daerah (instansi), its RPJMD tree visi → misi → tujuan → sasaran, a
/// Renstra tujuan and sasaran per perangkat daerah (rencana), and their indicators (indikator).
/// </summary>
static class OrganisationGenerator
{
    static readonly string[] Agencies =
    [
        "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial",
        "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Dinas Komunikasi dan Informatika", "Badan Perencanaan Pembangunan Daerah",
        "Badan Pengelolaan Keuangan dan Aset Daerah", "Inspektorat", "Sekretariat Daerah", "Sekretariat DPRD",
    ];

    static readonly string[] Measures = ["Persen", "Indeks", "Skor", "Dokumen", "Nilai"];

    /// <summary>Adds the pemda's units, plan and indicators; returns its indicators in package order.</summary>
    public static List<Indicator> Add(int pemda, Random random, PackageLists lists)
    {
        var code = Code(pemda);
        var number = (pemda + 1).ToString(CultureInfo.InvariantCulture);
        lists.Units.Add(new Unit(code, $"Pemerintah Kabupaten {number}", null, UnitKind.RegionalGovernment, $"Pemkab {number}"));
        var plan = lists.PlanElements;
        plan.Add(new PlanElement($"{code}.V", code, PlanElementKind.Vision, null, $"Terwujudnya Kabupaten {number} yang maju dan sejahtera", null, null));
        for (var m = 1; m <= 2; m++)
        {
            plan.Add(new PlanElement($"{code}.M{m}", code, PlanElementKind.Mission, $"{code}.V", $"Misi {m} Kabupaten {number}", null, null));
            plan.Add(new PlanElement($"{code}.T{m}", code, PlanElementKind.Goal, $"{code}.M{m}", $"Tujuan {m} RPJMD", PackageShape.FirstYear, PackageShape.LastYear));
        }
        string[] pemdaElements = [$"{code}.T1", $"{code}.T2", $"{code}.S1", $"{code}.S2", $"{code}.S3"];
        for (var s = 1; s <= 3; s++)
        {
            plan.Add(new PlanElement($"{code}.S{s}", code, PlanElementKind.Objective, $"{code}.T{(s + 1) / 2}", $"Sasaran {s} RPJMD", null, null));
        }

        var indicators = new List<Indicator>(PackageShape.IndicatorsPerPemda);
        foreach (var element in pemdaElements)
        {
            indicators.Add(NewIndicator($"{element}.IKU", element, code, indicators.Count, isKey: true, random));
        }
        for (var a = 1; a <= PackageShape.AgenciesPerPemda; a++)
        {
            AddAgency(code, a, random, lists, indicators);
        }
        lists.Indicators.AddRange(indicators);
        return indicators;
    }

    public static string Code(int pemda) => string.Create(CultureInfo.InvariantCulture, $"P{pemda + 1:000}");

    static void AddAgency(string pemda, int agency, Random random, PackageLists lists, List<Indicator> indicators)
    {
        var code = AgencyCode(pemda, agency);
        var name = Agencies[(agency - 1) % Agencies.Length];
        lists.Units.Add(new Unit(code, $"{name} {agency}", pemda, UnitKind.Agency, null));
        lists.PlanElements.Add(new PlanElement($"{code}.T", code, PlanElementKind.Goal, $"{pemda}.M{1 + (agency % 2)}",
            $"Meningkatnya kinerja {name}", PackageShape.FirstYear, PackageShape.LastYear));
        lists.PlanElements.Add(new PlanElement($"{code}.S", code, PlanElementKind.Objective, $"{code}.T", $"Meningkatnya layanan {name}", null, null));
        indicators.Add(NewIndicator($"{code}.IT", $"{code}.T", code, indicators.Count, isKey: false, random));
        indicators.Add(NewIndicator($"{code}.IS", $"{code}.S", code, indicators.Count, isKey: false, random));
    }

    public static string AgencyCode(string pemda, int agency) => string.Create(CultureInfo.InvariantCulture, $"{pemda}.D{agency:00}");

    /// <remarks>Directions are mixed about 60 % naik, 25 % turun, 15 % stabil; agregasi only matters without an annual value.</remarks>
    static Indicator NewIndicator(string code, string element, string responsible, int position, bool isKey, Random random)
    {
        var roll = random.Next(100);
        var direction = roll < 60 ? Direction.Increase : roll < 85 ? Direction.Decrease : Direction.Stable;
        var aggregation = direction == Direction.Stable ? Aggregation.Last : Draw.OneOf(random, [Aggregation.Last, Aggregation.Last, Aggregation.Cumulative, Aggregation.Mean]);
        var ratio = PackageShape.IsRatio(position);
        return new Indicator(
            code,
            element,
            ratio ? "Persentase kerja sama yang ditindaklanjuti" : $"Indeks kinerja {code}",
            ratio ? "Persen" : Draw.OneOf(random, Measures),
            direction,
            aggregation,
            isKey,
            ratio ? "Jumlah kerja sama ditindaklanjuti / Jumlah kerja sama diinisiasi x 100%" : null,
            ratio ? "Jumlah kerja sama ditindaklanjuti" : null,
            ratio ? "Jumlah kerja sama diinisiasi" : null,
            "Laporan kinerja",
            responsible,
            position + 1);
    }
}
