using Sakip.Reports.Documents;
using Sakip.Reports.Tables;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Tables;

public sealed class BudgetTablesTests
{
    static readonly ReportScope Scope = new(Sample.Package, Sample.Unit, Sample.Year);

    [Fact]
    public void Budget_tree_totals_the_programs_of_the_unit_and_the_units_below_it()
    {
        var model = BudgetTreeTable.For(Scope.Budget, Scope.Rollup, Scope.UnitNameOf);
        var table = model.ToBlock("3.22", "Anggaran");

        // README: the sum of all programs is 282.044.992.352 (realisasi 231.174.364.476).
        model.Ceiling.Value.ShouldBe(282_044_992_352m);
        model.Spent.Value.ShouldBe(231_174_364_476m);
        table.Rows[^1].Kind.ShouldBe(RowKind.Total);
        table.Rows[^1].Cells[2].Text.ShouldBe("282.044.992.352");
        table.Rows.Count(r => r.Kind == RowKind.Group).ShouldBe(9);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void A_parent_is_the_sum_of_its_children()
    {
        var model = BudgetTreeTable.For(Scope.Budget, Scope.Rollup, Scope.UnitNameOf);

        var program = model.Lines.Single(l => l.Budget.Code == "POD.P1");
        var kegiatan = model.Lines.Where(l => l.Budget.Parent == "POD.P1").Sum(l => l.Amounts.Ceiling.Value);

        program.Amounts.Ceiling.Value.ShouldBe(kegiatan);
        program.Amounts.HasChildren.ShouldBeTrue();
    }

    [Fact]
    public void Programs_only_leave_out_kegiatan_and_sub_kegiatan()
    {
        var table = BudgetTreeTable.For(Scope.Budget, Scope.Rollup, Scope.UnitNameOf).ToBlock("2.5", "Anggaran", maxDepth: 0);

        table.Rows.Where(r => r.Kind != RowKind.Group).SkipLast(1).ShouldAllBe(r => r.Cells[1].Text == "Program" && r.Kind == RowKind.Normal);
    }

    public static TheoryData<string, string, string> Efficiency => new()
    {
        { "S1", "102,69", "+21,00" },
        { "S3", "100,76", "+54,26" },
    };

    [Theory, MemberData(nameof(Efficiency))]
    public void Efficiency_is_capaian_minus_absorption_of_the_linked_budget(string code, string capaian, string efficiency)
    {
        var model = EfficiencyTable.For(Scope.Calculator, Scope.Objectives, Scope.ObjectiveIndicators, Scope.Budget, Scope.Rollup, Sample.Year);
        var line = model.Lines.Single(l => l.Code == code);

        var table = model.ToBlock("3.19", "Efisiensi");

        table.Text(line.Name, "% Capaian Kinerja").ShouldBe(capaian);
        table.Text(line.Name, "Tingkat Efisiensi").ShouldBe(efficiency);
        line.Efficiency.Value.ShouldBe(line.Capaian.Value - line.Absorption.Value);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void Budget_per_sasaran_lists_its_programs_and_subtotal()
    {
        var model = ObjectiveBudgetTable.For(Scope.Objectives, Scope.Budget, Scope.Rollup, Scope.UnitShortNameOf);

        var s3 = model.Groups.Single(g => g.Objective.Code == "S3");

        s3.Lines.Select(l => l.Line.Code).ShouldBe(["ORGANISASI.P2.K2"]);
        model.Groups.Single(g => g.Objective.Code == "S1").Lines.Count.ShouldBe(4);
        s3.Absorption.Value.ShouldBe(s3.Spent.Value / s3.Ceiling.Value * 100m);
        model.ToBlock("3.20", "Program").ShouldBeRectangular();
    }

    [Fact]
    public void Budget_per_pk_program_compares_the_agreed_amount_with_the_realisasi()
    {
        var scope = new ReportScope(Sample.Full, Sample.Unit, Sample.Year);

        var model = AgreementBudgetTable.For(scope.Data.AgreementPrograms, scope.Rollup);
        var table = model.ToBlock("3.21", "Anggaran PK");

        table.Text("Program Pemerintahan dan Otonomi Daerah", "% Penyerapan").ShouldBe("79,48");
        table.Text("Program Fasilitasi dan Koordinasi Hukum", "Realisasi (Rp)").ShouldBe("4.118.098.384");
        table.Text("Jumlah", "Anggaran PK (Rp)").ShouldBe("9.055.362.958");
        table.ShouldBeRectangular();
    }

    /// <summary>Codes repeat across units: the PK unit's own line wins, else the only line of that code below it, else none.</summary>
    [Theory]
    [InlineData(new[] { "SETDA", "POD" }, 10)]
    [InlineData(new[] { "POD" }, 20)]
    [InlineData(new[] { "POD", "UMUM" }, null)]
    public void A_pk_program_takes_the_realisasi_of_the_one_line_its_code_names(string[] holders, int? expected)
    {
        Core.Budget.BudgetLine[] lines = [.. holders.Select((unit, i) => new Core.Budget.BudgetLine(
            "X.01", unit, Sample.Year, Core.Budget.BudgetLevel.Program, null, "Program", 100m, unit == "SETDA" ? 10m : 20m + i))];

        var model = AgreementBudgetTable.For(
            [new Core.Agreements.AgreementProgram(Sample.Unit, Sample.Year, "Program", 100m, "X.01")], Core.Budget.BudgetRules.Rollup(lines));

        model.Lines.Single().Spent.Value.ShouldBe(expected);
    }

    [Fact]
    public void A_pk_program_not_linked_to_the_budget_has_no_realisasi()
    {
        var model = AgreementBudgetTable.For([new Core.Agreements.AgreementProgram(Sample.Unit, Sample.Year, "Program lain", 10m)], Scope.Rollup);

        model.ToBlock("3.21", "Anggaran PK").Text("Program lain", "Realisasi (Rp)").ShouldBe("-");
        model.Spent.Value.ShouldBeNull();
    }

    [Fact]
    public void Quarter_budget_sums_the_quarters_of_the_children_and_leaves_unreported_quarters_empty()
    {
        var scope = new ReportScope(Sample.Full, Sample.Unit, Sample.Year);
        var leaves = scope.Budget.Count(b => b.Code.StartsWith("HUKUM.P2.", StringComparison.Ordinal) && b.Level == Core.Budget.BudgetLevel.SubActivity);

        var model = QuarterBudgetTable.For(scope.Budget, scope.Rollup, 3, scope.UnitShortNameOf);
        var hukum = model.Lines.Single(l => l.Program.Code == "HUKUM.P2");
        var table = model.ToBlock("1.3", "Anggaran per triwulan");

        hukum.Quarters.Select(q => q.Value).ShouldBe([100m * leaves, 200m * leaves, null]);
        hukum.Cumulative.Value.ShouldBe(300m * leaves);
        model.Lines.Single(l => l.Program.Code == "POD.P1").Cumulative.Value.ShouldBeNull();
        table.Columns.Count(c => c.Group == "Realisasi (Rp)").ShouldBe(3);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void Budget_tree_shows_programs_of_the_same_code_in_two_units()
    {
        Core.Budget.BudgetLine[] lines =
        [
            new("P1", "A", 2021, Core.Budget.BudgetLevel.Program, null, "Program A", 100m, 50m),
            new("P1", "B", 2021, Core.Budget.BudgetLevel.Program, null, "Program B", 200m, 100m),
        ];

        var model = BudgetTreeTable.For(lines, Core.Budget.BudgetRules.Rollup(lines), code => code);

        model.Lines.Select(l => l.Budget.Name).ShouldBe(["Program A", "Program B"]);
    }
}

