using Sakip.Data;
using Sakip.Data.Workflow;

namespace Sakip.Web.Infrastructure.Mail;

/// <summary>Runs a reminder round (<see cref="Reminders"/>) at start and every <see cref="MailSettings.ReminderEvery"/> while mail is on.</summary>
public sealed partial class ReminderRounds(MailSettings settings, OutboxSignal outbox, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderRounds> logger)
    : BackgroundService
{
    /// <summary>Queues the reminders due now and wakes the sender; returns how many were queued.</summary>
    public static async Task<int> RunAsync(SakipDb db, OutboxSignal outbox, TimeProvider clock, CancellationToken ct)
    {
        var queued = await Reminders.QueueAsync(db, clock.GetUtcNow(), ct);
        if (queued > 0)
        {
            outbox.Notify();
        }
        return queued;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled || settings.ReminderEvery <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(settings.ReminderEvery);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var queued = await RunAsync(scope.ServiceProvider.GetRequiredService<SakipDb>(), outbox, clock, stoppingToken);
                Queued(logger, queued);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round is retried at the next tick; reminders are keyed, so none goes out twice.
                RoundFailed(logger, e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder round queued {Count} e-mails.")]
    static partial void Queued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder round failed.")]
    static partial void RoundFailed(ILogger logger, Exception exception);
}
