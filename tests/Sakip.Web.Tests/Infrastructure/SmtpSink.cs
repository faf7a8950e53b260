using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sakip.Web.Tests.Infrastructure;

/// <summary>
/// A tiny SMTP server on a free 127.0.0.1 port that accepts every message (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
/// QUIT, no TLS or auth) and keeps it, so a test can assert who got what. Start it, point the app at
/// <c>Smtp:Host=127.0.0.1</c>, <c>Smtp:Port=<see cref="Port"/></c>, <c>Smtp:Security=none</c> (<see cref="Settings"/>).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    readonly TcpListener listener;
    readonly CancellationTokenSource stop = new();
    readonly ConcurrentQueue<SmtpMessage> messages = new();
    readonly Task accepting;
    int connections;

    SmtpSink()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>How many SMTP connections were opened: a test of "mail off" asserts none.</summary>
    public int Connections => Volatile.Read(ref connections);

    public IReadOnlyList<SmtpMessage> Messages => [.. messages];

    /// <summary>The app settings that send mail here.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "none",
        ["Smtp:From"] = "sakip@uji.sakip.id",
        ["Smtp:SiteUrl"] = "https://sakip.uji",
        ["Smtp:PollSeconds"] = "1",
        ["Smtp:ReminderMinutes"] = "0",
    };

    public static Task<SmtpSink> StartAsync() => Task.FromResult(new SmtpSink());

    /// <summary>The first message that matches, waiting for it up to <paramref name="timeout"/> (default 15 s).</summary>
    public async Task<SmtpMessage> WaitForAsync(Func<SmtpMessage, bool> predicate, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < until)
        {
            if (messages.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No matching e-mail; received: {string.Join(" | ", messages.Select(m => $"{string.Join(",", m.To)}: {m.Subject}"))}");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        stop.Dispose();
    }

    async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            Interlocked.Increment(ref connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ESMTP");
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink");
                    await writer.WriteLineAsync("250-8BITMIME");
                    await writer.WriteLineAsync("250 SMTPUTF8");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }
                    messages.Enqueue(SmtpMessage.Parse(from ?? "", [.. to], data.ToString()));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync(verb is "HELO" or "RSET" or "NOOP" ? "250 OK" : "502 Command not implemented");
                    break;
            }
        }
    }

    static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }
}
