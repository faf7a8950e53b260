using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Reporting;

namespace Sakip.Core.Tests;

public sealed class CodesTests
{
    [Fact]
    public void Every_value_of_every_enumeration_round_trips_through_its_code()
    {
        RoundTrips<UnitKind>();
        RoundTrips<PlanElementKind>();
        RoundTrips<Direction>();
        RoundTrips<Aggregation>();
        RoundTrips<TargetKind>();
        RoundTrips<Period>();
        RoundTrips<ComponentKind>();
        RoundTrips<BudgetLevel>();
        RoundTrips<FollowUpStatus>();
        RoundTrips<ApprovalStatus>();
        RoundTrips<ActingKind>();
        RoundTrips<NarrativeSection>();
        RoundTrips<Gender>();
    }

    [Fact]
    public void The_report_content_codes_are_the_words_of_the_data_package()
    {
        Codes.All<ApprovalStatus>().ShouldBe(["draf", "diajukan", "disetujui", "dikembalikan"]);
        Codes.All<ActingKind>().ShouldBe(["definitif", "plt", "plh"]);
        Codes.All<NarrativeSection>().ShouldBe(["kata_pengantar", "latar_belakang", "dasar_hukum", "tugas_fungsi", "isu_strategis", "analisis_sasaran", "penutup"]);
        Codes.All<Gender>().ShouldBe(["L", "P"]);
        Codes.Parse<Gender>("p").ShouldBe(Gender.Female);
        Codes.Parse<ActingKind>(" PLT ").ShouldBe(ActingKind.Plt);
    }

    [Fact]
    public void Codes_are_the_words_of_the_data_package()
    {
        var codes = new[]
        {
            Codes.Of(Direction.Decrease), Codes.Of(Aggregation.Mean), Codes.Of(TargetKind.Agreement), Codes.Of(TargetKind.Q4),
            Codes.Of(Period.Annual), Codes.Of(BudgetLevel.SubActivity), Codes.Of(FollowUpStatus.InProgress),
            Codes.Of(UnitKind.Agency), Codes.Of(PlanElementKind.Objective), Codes.Of(ComponentKind.Denominator),
        };

        codes.ShouldBe(["turun", "rata_rata", "pk", "tw4", "tahunan", "sub_kegiatan", "dalam_proses", "perangkat_daerah", "sasaran", "penyebut"]);
    }

    [Theory]
    [InlineData("naik", Direction.Increase)]
    [InlineData("TURUN", Direction.Decrease)]
    [InlineData(" Stabil ", Direction.Stable)]
    public void Parse_ignores_case_and_surrounding_spaces(string code, Direction expected)
    {
        var parsed = Codes.Parse<Direction>(code);

        parsed.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("increase")]
    [InlineData("naik turun")]
    public void Parse_of_an_unknown_code_is_nothing(string? code)
    {
        var parsed = Codes.Parse<Direction>(code);

        parsed.ShouldBeNull();
    }

    [Fact]
    public void Parse_reads_quarter_codes_for_targets_and_periods_alike()
    {
        var target = Codes.Parse<TargetKind>("tw2");
        var period = Codes.Parse<Period>("tw2");

        target.ShouldBe(TargetKind.Q2);
        period.ShouldBe(Period.Q2);
    }

    [Fact]
    public void All_lists_the_codes_in_declaration_order()
    {
        var codes = Codes.All<TargetKind>();

        codes.ShouldBe(["awal", "renstra", "pk", "tw1", "tw2", "tw3", "tw4"]);
    }

    static void RoundTrips<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var codes = values.Select(v => Codes.Of(v)).ToList();

        codes.Select(c => Codes.Parse<TEnum>(c)).ShouldBe(values.Select(v => (TEnum?)v), typeof(TEnum).Name);
        codes.Distinct(StringComparer.Ordinal).Count().ShouldBe(values.Length, typeof(TEnum).Name);
    }
}
