using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure.Mail;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Mail;

public sealed class OutboxSenderTests
{
    [Fact]
    public async Task A_queued_notice_is_sent_with_the_site_address_and_marked_sent() => await SendsAsync(null);

    /// <summary>The claim and the sent mark are single UPDATEs; PostgreSQL stores the instants as timestamptz.</summary>
    [PostgresFact]
    public async Task A_queued_notice_is_sent_and_marked_sent_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await SendsAsync(new Dictionary<string, string?> { ["Database:Provider"] = "postgres", ["ConnectionStrings:Sakip"] = database.ConnectionString });
    }

    [Fact]
    public async Task A_refused_connection_is_kept_with_its_error_and_retried_later()
    {
        await using var mail = await MailApp.StartAsync(settings: new Dictionary<string, string?> { ["Smtp:Port"] = "1" });

        await QueueAsync(mail, "Tidak sampai");
        var failed = await WaitAsync(mail, n => n.LastError != null);

        failed.Attempts.ShouldBe(1);
        failed.SentAt.ShouldBeNull();
        OutboxSender.RetryAfter(failed.Attempts).ShouldBe(TimeSpan.FromMinutes(1));
    }

    static async Task SendsAsync(Dictionary<string, string?>? settings)
    {
        await using var mail = await MailApp.StartAsync(settings: settings);

        await QueueAsync(mail, "Halo");
        var message = await mail.Sink.WaitForAsync(m => m.Subject == "Halo");
        var sent = await WaitAsync(mail, n => n.SentAt != null);

        message.To.ShouldBe(["tujuan@uji.sakip.id"]);
        message.From.ShouldBe("sakip@uji.sakip.id");
        message.Body.ShouldContain("Buka: https://sakip.uji/Alur/Kotak");
        (sent.Attempts, sent.LastError).ShouldBe((1, null));
    }

    static Task<int> QueueAsync(MailApp mail, string subject) => mail.QueryAsync(async (db, services) =>
    {
        db.Notifications.Add(new NotificationEntity
        {
            Kind = "uji",
            ToAddress = "tujuan@uji.sakip.id",
            ToName = "Tujuan",
            Subject = subject,
            Body = $"Buka: {Mailboxes.Site}/Alur/Kotak",
            CreatedAt = mail.Clock.Now,
        });
        var saved = await db.SaveChangesAsync();
        services.GetRequiredService<OutboxSignal>().Notify();
        return saved;
    });

    static async Task<NotificationEntity> WaitAsync(MailApp mail, Func<NotificationEntity, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            var row = await mail.QueryAsync((db, _) => db.Notifications.AsNoTracking().SingleAsync());
            if (done(row))
            {
                return row;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The outbox did not reach the expected state.");
    }
}
