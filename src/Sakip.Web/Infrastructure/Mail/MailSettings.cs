namespace Sakip.Web.Infrastructure.Mail;

/// <summary>The SMTP server mail goes through; mail is off while no host is configured.</summary>
public sealed class MailSettings
{
    public string? Host { get; init; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static MailSettings From(IConfiguration configuration) => new() { Host = configuration["Smtp:Host"] };
}
