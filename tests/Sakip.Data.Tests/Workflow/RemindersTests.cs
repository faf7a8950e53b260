using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Workflow;
using Sakip.Data.Accounts;
using Sakip.Data.Organisation;
using Sakip.Data.Workflow;

namespace Sakip.Data.Tests.Workflow;

public sealed class RemindersTests
{
    /// <summary>The window of quarter IV 2021 closes 31 January 2022, 23.59 WIB (16.59 UTC).</summary>
    static readonly DateTimeOffset Closed = new(2022, 1, 31, 17, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_round_queues_each_reminder_once_and_skips_units_that_submitted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            var late = Unit("LAMBAT", "/1/");
            var done = Unit("TEPAT", "/2/");
            db.Units.AddRange(late, done);
            db.Roles.AddRange(Role(Roles.Planner), Role(Roles.Leader));
            db.Schedules.Add(new ScheduleEntity { Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q4, ClosesOn = new DateOnly(2022, 1, 31) });
            await db.SaveChangesAsync();
            await AddUserAsync(db, "perencana.lambat@uji.id", Roles.Planner, late.Id);
            await AddUserAsync(db, "pimpinan.lambat@uji.id", Roles.Leader, late.Id);
            await AddUserAsync(db, "perencana.tepat@uji.id", Roles.Planner, done.Id);
            db.WorkflowItems.Add(new WorkflowItemEntity { UnitId = done.Id, Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q4, Status = ApprovalStatus.Submitted });
            await db.SaveChangesAsync();
        }

        await using var check = database.Open();
        var before = await Reminders.QueueAsync(check, Closed.AddMinutes(-1), CancellationToken.None);
        var again = await Reminders.QueueAsync(check, Closed.AddMinutes(-1), CancellationToken.None);
        var escalated = await Reminders.QueueAsync(check, Closed.AddDays(3), CancellationToken.None);

        (before, again, escalated).ShouldBe((1, 0, 2));
        var queued = await check.Notifications.AsNoTracking().OrderBy(n => n.Id).Select(n => n.Kind + " " + n.ToAddress).ToListAsync();
        queued.ShouldBe(["pengingat:sebelum perencana.lambat@uji.id", "pengingat:terlambat perencana.lambat@uji.id", "pengingat:eskalasi pimpinan.lambat@uji.id"]);
    }

    static UnitEntity Unit(string code, string path) => new() { Code = code, Name = "Dinas " + code, Kind = UnitKind.Agency, Path = path };

    static IdentityRole Role(string name) => new(name) { NormalizedName = name.ToUpperInvariant() };

    static async Task AddUserAsync(SakipDb db, string email, string role, int unitId)
    {
        var user = new SakipUser { UserName = email, Email = email, DisplayName = email, UnitId = unitId };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync() });
        await db.SaveChangesAsync();
    }
}
