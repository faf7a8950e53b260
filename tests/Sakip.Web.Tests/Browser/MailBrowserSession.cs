using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Browser;

/// <summary>A <see cref="BrowserSession"/> whose app sends its mail to an SMTP sink the test reads.</summary>
public sealed class MailBrowserSession : BrowserSession
{
    public MailBrowserSession()
        : this(SmtpSink.StartAsync().GetAwaiter().GetResult())
    {
    }

    MailBrowserSession(SmtpSink sink)
        : base(sink.Settings)
    {
        Sink = sink;
    }

    public SmtpSink Sink { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
