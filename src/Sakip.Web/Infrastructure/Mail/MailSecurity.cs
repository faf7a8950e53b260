namespace Sakip.Web.Infrastructure.Mail;

/// <summary>How the connection to the SMTP server is secured (<c>Smtp:Security</c>: none, starttls or ssl).</summary>
public enum MailSecurity
{
    /// <summary>Plain SMTP, e.g. a relay on the same host or network (port 25).</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS (port 587); the default.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Ssl,
}
