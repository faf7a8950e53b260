namespace Sakip.Web.Infrastructure.Mail;

/// <summary>Wakes the <see cref="OutboxSender"/> right after a save that queued e-mail, instead of at its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the sender will look at the outbox once, which covers both saves.
        }
    }

    /// <summary>Waits for <see cref="Notify"/> or until <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);

    public void Dispose() => signal.Dispose();
}
