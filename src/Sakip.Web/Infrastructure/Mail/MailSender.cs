using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Sakip.Data.Workflow;

namespace Sakip.Web.Infrastructure.Mail;

/// <summary>Sends plain-text e-mail through the configured SMTP server (MailKit).</summary>
public sealed class MailSender(MailSettings settings)
{
    /// <summary>A connected, signed-in SMTP session; dispose it to say QUIT.</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = settings.Security switch
            {
                MailSecurity.None => SecureSocketOptions.None,
                MailSecurity.StartTls => SecureSocketOptions.StartTls,
                MailSecurity.Ssl => SecureSocketOptions.SslOnConnect,
            };
            await client.ConnectAsync(settings.Host, settings.Port, security, ct);
            if (settings.User is { } user)
            {
                await client.AuthenticateAsync(user, settings.Password ?? "", ct);
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task SendAsync(SmtpClient client, string toAddress, string toName, string subject, string body, CancellationToken ct)
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body.Replace(Mailboxes.Site, settings.SiteUrl ?? "", StringComparison.Ordinal) };
        await client.SendAsync(message, ct);
    }

    /// <summary>Sends one message on a connection of its own (a password-reset link, which is never stored).</summary>
    public async Task SendNowAsync(string toAddress, string toName, string subject, string body, CancellationToken ct)
    {
        using var client = await ConnectAsync(ct);
        await SendAsync(client, toAddress, toName, subject, body, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
