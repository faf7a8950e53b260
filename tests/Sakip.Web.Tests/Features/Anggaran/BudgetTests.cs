using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Core.Planning;
using Sakip.Data.Budget;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Anggaran;

public sealed class BudgetTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public BudgetTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Biro_Umum_shows_its_program_with_absorption_explained()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync("/Anggaran?instansi=UMUM&tahun=2021");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI");
        html.ShouldContain("Rp 181.890.576.352");
        html.ShouldContain(">82,68<");
        html.ShouldContain("Penyerapan = 150.394.102.691 / 181.890.576.352 × 100 = 82,68 %");
    }

    [Fact]
    public async Task Setda_shows_budget_grouped_by_biro_and_absorption_and_efficiency_per_sasaran()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Anggaran?tahun=2021"));

        html.ShouldContain("<th colspan=\"10\">Biro Umum</th>");
        html.ShouldContain("<td>S4</td>");
        html.ShouldContain("Efisiensi = ");
    }

    [Fact]
    public async Task A_unit_outside_the_scope_is_not_found()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        (await client.GetAsync("/Anggaran?instansi=DPUPR")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Kepmendagri codes repeat across units: two biro under the Setda each hold program X.01 with a kegiatan X.01.01
    /// (in 2019, a year no other test reads), one program linked to a Setda sasaran so the efficiency table sums it.
    /// </summary>
    [Fact]
    public async Task A_parent_unit_whose_children_share_a_program_code_shows_both_programs_with_their_own_amounts()
    {
        await app.QueryAsync(async db =>
        {
            var objective = await db.PlanElements.Where(p => p.Unit.Code == "SETDA" && p.Kind == PlanElementKind.Objective).OrderBy(p => p.Id).FirstAsync();
            foreach (var (unit, ceiling) in new[] { ("UMUM", 1234000m), ("POD", 5678000m) })
            {
                var unitId = await db.Units.Where(u => u.Code == unit).Select(u => u.Id).SingleAsync();
                var program = new BudgetLineEntity
                {
                    Code = "X.01",
                    UnitId = unitId,
                    Year = 2019,
                    Level = BudgetLevel.Program,
                    Name = $"Program Kembar {unit}",
                    PlanElementId = objective.Id,
                };
                db.BudgetLines.Add(program);
                db.BudgetLines.Add(new BudgetLineEntity
                {
                    Code = "X.01.01",
                    UnitId = unitId,
                    Year = 2019,
                    Level = BudgetLevel.Activity,
                    Parent = program,
                    Name = $"Kegiatan Kembar {unit}",
                    Ceiling = ceiling,
                    Spent = ceiling / 2,
                });
            }
            return await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync("/Anggaran?instansi=SETDA&tahun=2019");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Program Kembar UMUM");
        html.ShouldContain("Program Kembar POD");
        // Each program is the sum of its own kegiatan only (a merge by code gave UMUM 2.468.000).
        Occurrences(html, "Rp 1.234.000").ShouldBeGreaterThanOrEqualTo(2);
        Occurrences(html, "Rp 5.678.000").ShouldBeGreaterThanOrEqualTo(2);
        html.ShouldNotContain("Rp 2.468.000");
    }

    static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
