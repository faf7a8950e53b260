using MimeKit;

namespace Sakip.Web.Tests.Infrastructure;

/// <summary>A message the <see cref="SmtpSink"/> received: the envelope and the decoded subject and text body.</summary>
public sealed record SmtpMessage(string From, IReadOnlyList<string> To, string Subject, string Body)
{
    public static SmtpMessage Parse(string from, IReadOnlyList<string> to, string data)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data));
        using var message = MimeMessage.Load(stream);
        return new SmtpMessage(from, to, message.Subject ?? "", message.TextBody ?? "");
    }
}
