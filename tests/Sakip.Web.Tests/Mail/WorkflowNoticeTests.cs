using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Accounts;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure.Mail;

namespace Sakip.Web.Tests.Mail;

public sealed class WorkflowNoticeTests
{
    [Fact]
    public async Task A_return_reaches_the_submitter_with_the_note_and_the_link()
    {
        await using var mail = await MailApp.StartAsync();

        await QueueAsync(mail, WorkflowAction.Return, "Lengkapi bukti dukung triwulan IV.");

        var message = await mail.Sink.WaitForAsync(m => m.To.Contains("perencana@demo.sakip.id"));
        message.Subject.ShouldContain("Realisasi Triwulan IV 2021");
        message.Subject.ShouldContain("dikembalikan");
        message.Body.ShouldContain("Lengkapi bukti dukung triwulan IV.");
        message.Body.ShouldContain("oleh Verifikator Pemprov (demo)");
        message.Body.ShouldContain("https://sakip.uji/Alur/Objek?instansi=SETDA&objek=realisasi&tahun=2021&periode=tw4");
        (await mail.QueryAsync((db, _) => db.Notifications.SingleAsync())).SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_submission_goes_to_the_verifiers_above_the_unit_and_not_to_one_of_the_unit_itself()
    {
        await using var mail = await MailApp.StartAsync();
        await CreateUserAsync(mail, "verifikator.setda@uji.sakip.id", Roles.Verifier, "SETDA");

        await QueueAsync(mail, WorkflowAction.Submit, null);

        var message = await mail.Sink.WaitForAsync(m => m.To.Contains("verifikator@demo.sakip.id"));
        message.Subject.ShouldContain("diajukan untuk diverifikasi");
        var recipients = await mail.QueryAsync((db, _) => db.Notifications.Select(n => n.ToAddress).ToListAsync());
        recipients.ShouldBe(["verifikator@demo.sakip.id"]);
    }

    [Fact]
    public async Task With_no_smtp_host_nothing_is_queued_and_no_connection_is_made()
    {
        await using var mail = await MailApp.StartAsync(mailOn: false);

        await QueueAsync(mail, WorkflowAction.Return, "Catatan");
        await Task.Delay(1500);

        (await mail.QueryAsync((db, _) => db.Notifications.CountAsync())).ShouldBe(0);
        mail.Sink.Connections.ShouldBe(0);
    }

    /// <summary>As the workflow service will: the notices are queued in the step's save, with mail on or off from DI.</summary>
    static Task<int> QueueAsync(MailApp mail, WorkflowAction action, string? note) => mail.QueryAsync(async (db, services) =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "SETDA");
        var planner = await db.Users.SingleAsync(u => u.Email == "perencana@demo.sakip.id");
        var item = new WorkflowItemEntity
        {
            UnitId = unit.Id,
            Kind = CycleObject.Realisation,
            Year = 2021,
            Period = Period.Q4,
            Status = ApprovalStatus.Returned,
            SubmittedById = planner.Id,
            SubmittedByName = planner.DisplayName,
        };
        var enabled = services.GetRequiredService<MailSettings>().Enabled;
        await WorkflowNotices.QueueAsync(db, enabled, item, action, "Verifikator Pemprov (demo)", note, mail.Clock.Now, CancellationToken.None);
        await db.SaveChangesAsync();
        services.GetRequiredService<OutboxSignal>().Notify();
        return 0;
    });

    static Task<int> CreateUserAsync(MailApp mail, string email, string role, string unitCode) => mail.QueryAsync(async (db, services) =>
    {
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SakipUser>>();
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var user = new SakipUser { UserName = email, Email = email, DisplayName = email, UnitId = unitId, EmailConfirmed = true };
        (await users.CreateAsync(user, "Sakip-Uji-2026")).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return 0;
    });
}
