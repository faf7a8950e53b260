using System.Globalization;

namespace Sakip.Benchmarks;

/// <summary>The command line: <c>[generate|read|capaian] [--scale N] [--out DIR] [--runs N] [--reuse]</c>.</summary>
sealed record Options(string Command, long Scale, string Out, int Runs, bool Reuse, TimeSpan Limit)
{
    public const string Usage = """
        Usage: Sakip.Benchmarks [run|generate|documents] [--scale ROWS] [--out DIR] [--runs N] [--reuse] [--limit SECONDS]
          run       (default) generate the package, then measure reading and capaian, each run in a fresh process
          generate  only write the package
          documents generate a province of 40 perangkat daerah (--scale is ignored), then measure one LKjIP as DOCX and
                    as PDF and the LKjIP of every unit as DOCX and as PDF, each run in a fresh process
          --scale   at least this many rows in realisasi.csv (default 1000000)
          --out     the package folder to write (default: $TMPDIR/sakip-bench); keep it out of the repository.
                    An existing folder is replaced only when it holds nothing but package CSV files
          --runs    fresh-process runs per measurement; the median is reported (default 3)
          --reuse   measure the package already in --out instead of writing it again
          --limit   stop a run that takes longer than this (default 300)
        Prints each run, then the figures as Markdown tables. Exit code 0 when every run succeeded, 1 when one failed
        or was stopped, 2 on a usage error; goals met or missed are shown in the table, not in the exit code.
        """;

    public static Options? Parse(string[] args)
    {
        var options = new Options("run", 1_000_000, Path.Combine(Path.GetTempPath(), "sakip-bench"), 3, false, TimeSpan.FromSeconds(300));
        if (args.Any(a => a is "--help" or "-h"))
        {
            return options with { Command = "help" };
        }
        var i = 0;
        if (args.Length > 0 && !args[0].StartsWith('-'))
        {
            options = options with { Command = args[i++] };
        }
        for (; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--scale" => options with { Scale = long.Parse(Value(), CultureInfo.InvariantCulture) },
                "--out" => options with { Out = Path.GetFullPath(Value()) },
                "--runs" => options with { Runs = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--limit" => options with { Limit = TimeSpan.FromSeconds(int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--reuse" => options with { Reuse = true },
                _ => throw new FormatException($"unknown option {args[i]}"),
            };
        }
        return options.Command is "run" or "generate" or "documents" && options.Scale > 0 && options.Runs > 0 ? options : null;
    }
}
