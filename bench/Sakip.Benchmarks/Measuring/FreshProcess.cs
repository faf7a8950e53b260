using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Sakip.Benchmarks.Measuring;

/// <summary>
/// Runs one measurement of this harness in a new process, so its peak working set and JIT state are its own,
/// and reads back the figures it prints as JSON. A run that takes longer than the limit is killed.
/// </summary>
static class FreshProcess
{
    public static T Run<T>(string command, string package, TimeSpan limit, params string[] more)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            // Started as `dotnet Sakip.Benchmarks.dll`: the child needs the assembly too.
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(package);
        foreach (var argument in more)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} took longer than {limit.TotalSeconds} s and was stopped.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed with exit code {process.ExitCode}.");
        }
        return JsonSerializer.Deserialize<T>(output.Result)!;
    }

    public static void Print<T>(T figures) => Console.WriteLine(JsonSerializer.Serialize(figures));
}
