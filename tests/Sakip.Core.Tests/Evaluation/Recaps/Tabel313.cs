using Sakip.Core.Evaluation;

namespace Sakip.Core.Tests.Evaluation.Recaps;

/// <summary>LKjIP Setda Kaltim 2021, Tabel 3.13 and Tabel 3.1 (the sample's evaluasi.csv), copied for the recap tests.</summary>
static class Tabel313
{
    public static readonly (string Unit, decimal Score)[] Scores2021 =
    [
        ("INSPEKTORAT", 79.15m), ("BAPPEDA", 78.19m), ("DPKH", 76.17m), ("BKD", 76.09m), ("RSUD_KANUJOSO", 75.85m),
        ("RSJD_AHM", 75.62m), ("DISDIKBUD", 75.60m), ("RSUD_AWS", 74.10m), ("BAPENDA", 72.95m), ("DISBUN", 72.43m),
        ("DISHUB", 71.28m), ("BADAN_PENGHUBUNG", 71.07m), ("DINSOS", 70.99m), ("DISHUT", 70.58m), ("DINKES", 70.33m),
        ("SETWAN", 70.32m), ("DESDM", 70.09m), ("DISPERINDAGKOP", 70.06m), ("DPK", 66.04m), ("DLH", 65.93m),
        ("DISPAR", 64.95m), ("KESBANGPOL", 64.07m), ("DKP3A", 63.84m), ("DPMPD", 63.82m), ("BPBD", 62.78m),
        ("DPTPH", 62.57m), ("DKP", 62.11m), ("DISPORA", 61.84m), ("BALITBANGDA", 59.26m), ("SETDA", 59.14m),
        ("DPUPR", 57.91m), ("BPSDM", 57.40m), ("DISKOMINFO", 57.29m), ("SATPOLPP", 57.12m), ("BPKAD", 51.11m),
        ("DPMPTSP", 51.09m), ("DISNAKERTRANS", 50.35m),
    ];

    /// <summary>Tabel 3.1: SETDA's 2019 and 2020 component scores (weights 30/25/15/10/20) and the printed totals.</summary>
    public static readonly (int Year, decimal[] Components, decimal PrintedTotal)[] SetdaComponents =
    [
        (2019, [22.40m, 15.94m, 10.07m, 6.27m, 12.55m], 67.21m),
        (2020, [20.39m, 13.75m, 9.88m, 3.84m, 11.28m], 59.14m),
    ];

    public static readonly string[] ComponentNames = ["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Kinerja", "Capaian Kinerja"];

    public static readonly decimal[] Weights = [30m, 25m, 15m, 10m, 20m];

    /// <summary>The 2021 final scores and SETDA's 2019/2020 components, as evaluasi.csv holds them.</summary>
    public static List<EvaluationScore> All()
    {
        var scores = Scores2021.Select(s => new EvaluationScore(s.Unit, 2021, null, null, s.Score)).ToList();
        foreach (var (year, components, _) in SetdaComponents)
        {
            scores.AddRange(components.Select((c, i) => new EvaluationScore("SETDA", year, ComponentNames[i], Weights[i], c)));
        }
        return scores;
    }
}
