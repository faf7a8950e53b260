using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;

namespace Sakip.Web.Infrastructure.Mail;

/// <summary>
/// Sends the queued notifications, oldest first, a batch per round: at every poll and right after
/// <see cref="OutboxSignal.Notify"/>. A failed message is retried up to <see cref="MaxAttempts"/> times, later each time
/// (<see cref="RetryAfter"/>), with its last error kept for the Admin's outbox page. Does nothing when mail is off.
/// </summary>
/// <remarks>
/// Each message is claimed by raising its attempt count only if no one else did (one UPDATE), so several instances
/// sharing one PostgreSQL never send the same message twice.
/// </remarks>
public sealed partial class OutboxSender(MailSettings settings, MailSender sender, OutboxSignal signal, IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxSender> logger)
    : BackgroundService
{
    public const int MaxAttempts = 5;

    /// <summary>When attempt n+1 may start, counted from the time the message was queued: 1, 5, 30 and 120 minutes.</summary>
    public static TimeSpan RetryAfter(int attempts) => attempts switch
    {
        <= 0 => TimeSpan.Zero,
        1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(30),
        _ => TimeSpan.FromHours(2),
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendRoundAsync(stoppingToken);
                await signal.WaitAsync(settings.Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                // The database was unreachable for a moment; the next poll tries again.
                RoundFailed(logger, e);
                await Task.Delay(settings.Poll, stoppingToken);
            }
        }
    }

    /// <summary>Sends one batch; returns how many messages went out.</summary>
    public async Task<int> SendRoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDb>();
        var now = clock.GetUtcNow();
        // Ordered by id (the order they were queued): SQLite cannot order DateTimeOffset values.
        var pending = (await db.Notifications.AsNoTracking()
                .Where(n => n.SentAt == null && n.Attempts < MaxAttempts)
                .OrderBy(n => n.Attempts).ThenBy(n => n.Id)
                .Take(settings.BatchSize * 4)
                .Select(n => new { n.Id, n.Attempts, n.CreatedAt, n.ToAddress, n.ToName, n.Subject, n.Body })
                .ToListAsync(ct))
            .Where(n => now >= n.CreatedAt + RetryAfter(n.Attempts))
            .Take(settings.BatchSize)
            .ToList();
        SmtpClient? client = null;
        var sent = 0;
        try
        {
            foreach (var n in pending)
            {
                var claimed = await db.Notifications.Where(x => x.Id == n.Id && x.Attempts == n.Attempts && x.SentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Attempts, n.Attempts + 1), ct);
                if (claimed == 0)
                {
                    continue;
                }
                try
                {
                    client ??= await sender.ConnectAsync(ct);
                    await sender.SendAsync(client, n.ToAddress, n.ToName, n.Subject, n.Body, ct);
                    var at = clock.GetUtcNow();
                    await db.Notifications.Where(x => x.Id == n.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.SentAt, at).SetProperty(x => x.LastError, (string?)null), ct);
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var error = $"{e.GetType().Name}: {e.Message}";
                    error = error.Length > 2000 ? error[..2000] : error;
                    await db.Notifications.Where(x => x.Id == n.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastError, error), ct);
                    NotSent(logger, n.Id, n.Attempts + 1, MaxAttempts, error);
                    // A server that refused one message will refuse the rest of this round too; they wait for the next poll.
                    break;
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                await QuitAsync(client);
            }
        }
        return sent;
    }

    static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException)
        {
            // Everything was sent or recorded; a server that hangs up before QUIT loses nothing.
        }
        finally
        {
            client.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox round failed.")]
    static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} not sent (attempt {Attempt} of {Max}): {Error}")]
    static partial void NotSent(ILogger logger, int id, int attempt, int max, string error);
}
