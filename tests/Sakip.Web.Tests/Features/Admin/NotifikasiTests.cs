using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Workflow;
using Sakip.Web.Tests.Infrastructure;
using Sakip.Web.Tests.Mail;

namespace Sakip.Web.Tests.Features.Admin;

public sealed class NotifikasiTests
{
    /// <summary>Quarter IV of 2021 closes 31 January 2022, 23.59 WIB = 16.59 UTC; reminders 7 days before, escalation 3 after.</summary>
    static readonly ScheduleEntity QuarterIv = new() { Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q4, ClosesOn = new DateOnly(2022, 1, 31) };

    [Fact]
    public async Task A_reminder_round_reminds_the_planner_before_the_deadline_then_escalates_to_the_leader_once()
    {
        await using var mail = await MailApp.StartAsync(now: At("2022-01-24T16:59:00Z"));
        await AddScheduleAsync(mail);

        (await RunRoundAsync(mail)).ShouldContain("Tidak ada pengingat baru");
        mail.Clock.Now = At("2022-01-24T17:00:00Z");
        (await RunRoundAsync(mail)).ShouldContain("1 pengingat dimasukkan ke antrean");
        var reminder = await mail.Sink.WaitForAsync(m => m.To.Contains("perencana@demo.sakip.id"));
        (await RunRoundAsync(mail)).ShouldContain("Tidak ada pengingat baru");
        mail.Clock.Now = At("2022-02-03T16:59:00Z");
        (await RunRoundAsync(mail)).ShouldContain("1 pengingat dimasukkan ke antrean");
        mail.Clock.Now = At("2022-02-03T17:00:00Z");
        (await RunRoundAsync(mail)).ShouldContain("1 pengingat dimasukkan ke antrean");
        var escalation = await mail.Sink.WaitForAsync(m => m.To.Contains("pimpinan@demo.sakip.id"));

        reminder.Subject.ShouldStartWith("[Sakip] Pengingat: batas waktu Realisasi Triwulan IV 2021");
        reminder.Body.ShouldContain("31-01-2022 pukul 23.59 WIB");
        escalation.Subject.ShouldStartWith("[Sakip] Eskalasi: Realisasi Triwulan IV 2021");
        var kinds = await mail.QueryAsync((db, _) => db.Notifications.OrderBy(n => n.Id).Select(n => n.Kind + " " + n.ToAddress).ToListAsync());
        kinds.ShouldBe(["pengingat:sebelum perencana@demo.sakip.id", "pengingat:terlambat perencana@demo.sakip.id", "pengingat:eskalasi pimpinan@demo.sakip.id"]);
    }

    [Fact]
    public async Task A_unit_that_submitted_gets_no_reminder()
    {
        await using var mail = await MailApp.StartAsync(now: At("2022-02-03T17:00:00Z"));
        await AddScheduleAsync(mail);
        await mail.QueryAsync(async (db, _) =>
        {
            var setda = await db.Units.SingleAsync(u => u.Code == "SETDA");
            db.WorkflowItems.Add(new WorkflowItemEntity { UnitId = setda.Id, Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q4, Status = ApprovalStatus.Submitted });
            return await db.SaveChangesAsync();
        });

        (await RunRoundAsync(mail)).ShouldContain("Tidak ada pengingat baru");

        (await mail.QueryAsync((db, _) => db.Notifications.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task With_mail_off_the_round_queues_nothing_and_says_why()
    {
        await using var mail = await MailApp.StartAsync(mailOn: false, now: At("2022-02-03T17:00:00Z"));
        await AddScheduleAsync(mail);

        (await RunRoundAsync(mail)).ShouldContain("Surel tidak aktif");

        (await mail.QueryAsync((db, _) => db.Notifications.CountAsync())).ShouldBe(0);
        mail.Sink.Connections.ShouldBe(0);
    }

    [Fact]
    public async Task The_outbox_lists_newest_first_and_is_for_admins_only()
    {
        await using var mail = await MailApp.StartAsync(mailOn: false);
        await mail.QueryAsync(async (db, _) =>
        {
            db.Notifications.Add(new NotificationEntity { Kind = "uji", ToAddress = "a@uji.sakip.id", ToName = "A", Subject = "Pertama", Body = "", CreatedAt = mail.Clock.Now });
            db.Notifications.Add(new NotificationEntity
            {
                Kind = "uji",
                ToAddress = "b@uji.sakip.id",
                ToName = "B",
                Subject = "Kedua",
                Body = "",
                CreatedAt = mail.Clock.Now,
                Attempts = 2,
                LastError = "IOException: ditolak",
            });
            return await db.SaveChangesAsync();
        });
        var admin = await mail.SignInAsync("admin@demo.sakip.id");
        var planner = await mail.SignInAsync("perencana@demo.sakip.id");

        var html = await admin.GetStringAsync("/Admin/Notifikasi");
        var failed = await admin.GetStringAsync("/Admin/Notifikasi?status=gagal&hal=99");
        var refused = await planner.GetAsync("/Admin/Notifikasi");
        var post = await planner.PostAsync("/Admin/Notifikasi?handler=Pengingat", await SakipWebFactory.FormAsync(planner, "/Beranda", []));

        html.IndexOf("Kedua", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Pertama", StringComparison.Ordinal));
        html.ShouldContain("Gagal, akan dicoba lagi");
        failed.ShouldContain("Kedua");
        failed.ShouldNotContain("Pertama");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    static Task<int> AddScheduleAsync(MailApp mail) => mail.QueryAsync(async (db, _) =>
    {
        db.Schedules.Add(new ScheduleEntity { Kind = QuarterIv.Kind, Year = QuarterIv.Year, Period = QuarterIv.Period, ClosesOn = QuarterIv.ClosesOn });
        return await db.SaveChangesAsync();
    });

    /// <summary>Signs in (the cookie follows the test's clock) and presses "Kirim pengingat sekarang"; returns the page's message.</summary>
    static async Task<string> RunRoundAsync(MailApp mail)
    {
        var admin = await mail.SignInAsync("admin@demo.sakip.id");
        var response = await admin.PostAsync("/Admin/Notifikasi?handler=Pengingat", await SakipWebFactory.FormAsync(admin, "/Admin/Notifikasi", []));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await admin.GetStringAsync(response.Headers.Location!.OriginalString);
    }
}
