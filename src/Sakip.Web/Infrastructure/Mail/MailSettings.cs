using System.Globalization;

namespace Sakip.Web.Infrastructure.Mail;

/// <summary>
/// The SMTP server the app sends through (the <c>Smtp</c> section; environment variables <c>Smtp__Host</c> etc.). With no
/// host, mail is off: nothing is queued, nothing is sent, and password resets show a one-time password instead.
/// </summary>
/// <param name="SiteUrl">The address users open the app at (e.g. <c>https://sakip.example.go.id</c>), for links in e-mails.</param>
/// <param name="ReminderEvery">How often reminder rounds run; zero turns the automatic rounds off (the Admin's button still works).</param>
public sealed record MailSettings(
    string Host, int Port, MailSecurity Security, string? User, string? Password, string From, string FromName,
    string? SiteUrl, TimeSpan Poll, int BatchSize, TimeSpan ReminderEvery)
{
    public static readonly MailSettings Off = new("", 0, MailSecurity.StartTls, null, null, "", "Sakip", null, TimeSpan.FromSeconds(5), 20, TimeSpan.Zero);

    public bool Enabled => Host.Length > 0;

    /// <summary>Reads the <c>Smtp</c> section; a wrong value stops the start with a message naming the key.</summary>
    public static MailSettings Read(IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Smtp");
        var host = smtp["Host"]?.Trim() ?? "";
        if (host.Length == 0)
        {
            return Off;
        }
        var security = (smtp["Security"]?.Trim().ToLowerInvariant() ?? "starttls") switch
        {
            "none" or "" => MailSecurity.None,
            "starttls" => MailSecurity.StartTls,
            "ssl" or "tls" => MailSecurity.Ssl,
            var other => throw new InvalidOperationException($"Smtp:Security '{other}' is not none, starttls or ssl."),
        };
        var from = smtp["From"]?.Trim();
        if (string.IsNullOrEmpty(from))
        {
            throw new InvalidOperationException("Smtp:From (the sender address) is required when Smtp:Host is set.");
        }
        var defaultPort = security switch { MailSecurity.None => 25, MailSecurity.StartTls => 587, MailSecurity.Ssl => 465 };
        return new MailSettings(
            host, Number(smtp, "Port", defaultPort, 1, 65535), security, Blank(smtp["User"]), Blank(smtp["Password"]), from,
            Blank(smtp["FromName"]) ?? "Sakip", Blank(smtp["SiteUrl"])?.TrimEnd('/'),
            TimeSpan.FromSeconds(Number(smtp, "PollSeconds", 5, 1, 3600)), Number(smtp, "BatchSize", 20, 1, 1000),
            TimeSpan.FromMinutes(Number(smtp, "ReminderMinutes", 60, 0, 7 * 24 * 60)));
    }

    /// <summary>Never prints the password (a record's generated ToString would).</summary>
    public override string ToString() => $"SMTP {Host}:{Port.ToString(CultureInfo.InvariantCulture)} ({Security})";

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static int Number(IConfiguration section, string key, int fallback, int min, int max) =>
        section[key] is not { Length: > 0 } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new InvalidOperationException($"Smtp:{key} '{text}' is not a whole number from {min} to {max}.");
}
