using System.Globalization;

namespace Sakip.LoadDriver;

/// <summary>
/// CPU time used by the web app and by the PostgreSQL cluster (the postmaster and its backends), read from
/// /proc. CPU per request barely moves when other work shares the machine, unlike latency, so it is the figure to
/// compare between runs on a busy machine. Without the process ids (or off Linux) it reports nothing.
/// </summary>
sealed class CpuMeter(int? appPid, int? postgresPid)
{
    static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public (double App, double Postgres)? Seconds()
    {
        if (appPid is not { } app || postgresPid is not { } postgres || !Directory.Exists("/proc"))
        {
            return null;
        }
        return (Ticks(app) / TicksPerSecond, Family(postgres).Sum(Ticks) / TicksPerSecond);
    }

    static IEnumerable<int> Family(int parent)
    {
        yield return parent;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat && stat[1] == parent)
            {
                yield return pid;
            }
        }
    }

    static long Ticks(int pid) => Stat(pid) is { } stat ? stat[11] + stat[12] : 0;

    /// <summary>The numeric fields of /proc/PID/stat after the command name: [1] ppid, [11] utime, [12] stime.</summary>
    static long[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return [.. fields.Take(13).Select(f => long.TryParse(f, CultureInfo.InvariantCulture, out var v) ? v : 0)];
        }
        catch (IOException)
        {
            return null;
        }
    }
}
