namespace Sakip.Web.Infrastructure.Mail;

/// <summary>Registers mail: the settings (inject <see cref="MailSettings"/> and read <see cref="MailSettings.Enabled"/>), the sender, the outbox and reminder rounds.</summary>
public static class MailSetup
{
    public static IServiceCollection AddSakipMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MailSettings.Read(configuration));
        services.AddSingleton<MailSender>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<ReminderRounds>();
        return services;
    }
}
