namespace Sakip.Web.Tests.Infrastructure;

/// <summary>A clock a test sets (the app's <see cref="TimeProvider"/> seam); timers still run on real time.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
