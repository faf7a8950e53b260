namespace Sakip.Benchmarks.Measuring;

/// <summary>The document benchmark of issue #8: each measurement in fresh processes, medians printed as Markdown.</summary>
static class DocumentRuns
{
    static readonly (string Name, string Format, bool All, double GoalSeconds)[] Measurements =
    [
        ("one LKjIP, DOCX", "docx", false, 2),
        ("one LKjIP, PDF", "pdf", false, 5),
        ("every unit's LKjIP, DOCX", "docx", true, 60),
        ("every unit's LKjIP, PDF", "pdf", true, 60),
    ];

    public static int Measure(Options options)
    {
        var results = new List<(string Name, double Goal, List<DocumentFigures> Runs)>();
        try
        {
            foreach (var (name, format, all, goal) in Measurements)
            {
                var runs = new List<DocumentFigures>();
                for (var run = 1; run <= options.Runs; run++)
                {
                    runs.Add(FreshProcess.Run<DocumentFigures>(all ? "documents" : "document", options.Out, options.Limit, format));
                    Report.Run(name, run, runs[^1]);
                }
                results.Add((name, goal, runs));
            }
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        Report.Machine("Machine at end");
        Report.Documents(results);
        return 0;
    }
}
