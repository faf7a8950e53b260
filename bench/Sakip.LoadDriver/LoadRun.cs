using System.Diagnostics;
using System.Net;

namespace Sakip.LoadDriver;

/// <summary>
/// Every user loops on the scenario's request until the deadline, one request at a time; a request in flight at
/// the deadline is finished and counted. The client timeout (10 s) bounds how far a run can overshoot.
/// </summary>
static class LoadRun
{
    public static async Task<ScenarioResult> RunAsync(Scenario scenario, IReadOnlyList<User> users, TimeSpan duration, CpuMeter cpu, CancellationToken ct)
    {
        var cpuBefore = cpu.Seconds();
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = await Task.WhenAll(users.Select(u => Task.Run(() => LoopAsync(scenario, u, deadline, ct), ct)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpuAfter = cpu.Seconds();
        var latencies = loops.SelectMany(l => l.Milliseconds).Order().ToArray();
        var cpuUsed = cpuBefore is { } b && cpuAfter is { } a ? (a.App - b.App, a.Postgres - b.Postgres) : ((double, double)?)null;
        return new ScenarioResult(scenario, latencies.Length, loops.Sum(l => l.Errors), elapsed, latencies, cpuUsed);
    }

    /// <summary>The first request of each user must answer 200 with the requested unit's data, or the figures mean nothing.</summary>
    public static async Task VerifyAsync(Scenario scenario, IReadOnlyList<User> users, CancellationToken ct)
    {
        foreach (var user in users)
        {
            var target = scenario.Next(user);
            using var request = target.Request();
            using var response = await user.Client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK || (target.Expect is { } text && !body.Contains(text, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"{scenario.Name} for {user.Email}: {target.Path} answered {(int)response.StatusCode}, expected 200 containing '{target.Expect}'.");
            }
        }
    }

    static async Task<(List<double> Milliseconds, int Errors)> LoopAsync(Scenario scenario, User user, long deadline, CancellationToken ct)
    {
        var milliseconds = new List<double>(4096);
        var errors = 0;
        while (Stopwatch.GetTimestamp() < deadline && !ct.IsCancellationRequested)
        {
            using var request = scenario.Next(user).Request();
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await user.Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors++;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                errors++;
            }
            milliseconds.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
        return (milliseconds, errors);
    }
}
