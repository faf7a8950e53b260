using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.ImporEkspor;

/// <summary>
/// Deletes uploaded packages that were previewed but never confirmed once their ticket has expired, when they can
/// no longer be imported. Runs at start and every hour on each instance; evidence files are never touched.
/// </summary>
public sealed partial class PendingUploadSweeper(IFileStore files, TimeProvider clock, ILogger<PendingUploadSweeper> log) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Deletes the packages stored before <paramref name="now"/> minus the ticket lifetime; returns how many.</summary>
    public int Sweep(DateTimeOffset now)
    {
        try
        {
            var deleted = files.DeleteOlderThan(UploadedPackage.Prefix, now - UploadedPackage.Lifetime);
            if (deleted > 0)
            {
                Deleted(log, deleted);
            }
            return deleted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A failed sweep must not stop the app; the next one tries again.
            Failed(log, e);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            Sweep(clock.GetUtcNow());
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} uploaded packages that were never imported.")]
    static partial void Deleted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete expired uploaded packages.")]
    static partial void Failed(ILogger logger, Exception exception);
}
