using Sakip.Core.Evaluation.Lke;

namespace Sakip.Core.Tests.Lke;

public sealed class LkeTemplateTests
{
    [Fact]
    public void Weights_that_do_not_add_up_are_refused_with_each_problem()
    {
        IReadOnlyList<LkeComponent> components =
        [
            new("1", "A", 60m, [LkeTemplates.Sub("1.1", 50m, 2, AnswerType.YesNo)]),
            new("2", "B", 30m, [LkeTemplates.Sub("2.1", 30m, 2, AnswerType.YesNo)]),
        ];

        LkeTemplate.Create("x", "X", "", 1, components, [], out var problems).ShouldBeNull();

        problems.Select(p => p.Message).ShouldBe(
        [
            "jumlah bobot komponen 90 (seharusnya 100)",
            "jumlah bobot sub-komponen 1 adalah 50, tidak sama dengan bobot komponen 60",
        ]);
    }

    [Fact]
    public void Codes_must_nest_and_be_unique_and_rules_must_name_what_exists()
    {
        var sub = new LkeSubComponent("1.1", "S", 100m,
            [new LkeCriterion("1.1.1", "a", AnswerType.Grade), new LkeCriterion("1.1.1", "b", AnswerType.Grade), new LkeCriterion("2.1.1", "c", AnswerType.Grade)]);
        LkeLogicRule[] rules = [new NotAboveMeanRule("1.1.1", "9.9"), new RequiresYesRule("1.1.1", "2.1.1"), new NotAboveMeanRule("7.7.7", "1.1")];

        LkeTemplate.Create("x", "X", "", 1, [new LkeComponent("1", "K", 100m, [sub])], rules, out var problems).ShouldBeNull();

        problems.Select(p => p.Message).ShouldBe(
        [
            "kode kriteria 1.1.1 muncul lebih dari sekali",
            "kode kriteria 2.1.1 harus diawali kode sub-komponennya 1.1",
            "syarat maks_rata:9.9: sub-komponen 9.9 tidak ada",
            "syarat wajib_y:2.1.1: kriteria 2.1.1 tidak dijawab Y/T",
            "syarat maks_rata:1.1 ditulis untuk kriteria 7.7.7 yang tidak ada",
        ]);
    }

    [Fact]
    public void Json_round_trips_the_template_and_its_rules()
    {
        var template = LkeTemplates.TwoComponents();

        var read = LkeTemplateJson.Read(LkeTemplateJson.Write(template), out var problems);

        problems.ShouldBeEmpty();
        LkeTemplateJson.Write(read!).ShouldBe(LkeTemplateJson.Write(template));
        read!.Rules.ShouldBe(template.Rules);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("{\"code\":\"x\",\"name\":\"X\",\"version\":1,\"components\":[]}")]
    public void Unreadable_json_gives_problems_not_an_exception(string json) =>
        LkeTemplateJson.Read(json, out var problems).ShouldBeNull();

    [Theory]
    [InlineData("maks_rata:1.1; wajib_y:1.1.3", 2)]
    [InlineData("", 0)]
    [InlineData(" ; ", 0)]
    public void Rules_notation_is_read(string notation, int count) =>
        LkeLogicRules.Parse("1.2.1", notation, out _)!.Count.ShouldBe(count);

    [Theory]
    [InlineData("maks:1.1")]
    [InlineData("wajib_y")]
    public void Unknown_rules_notation_is_refused_with_the_reason(string notation)
    {
        LkeLogicRules.Parse("1.2.1", notation, out var error).ShouldBeNull();
        error.ShouldStartWith("syarat \"");
    }

    [Theory]
    [InlineData(1, "Y")]
    [InlineData(0.99, "T")]
    [InlineData(0, "T")]
    public void Proposals_give_Y_only_when_all_of_the_proof_is_there(decimal share, string answer)
    {
        var sub = new LkeSubComponent("1.1", "S", 100m, [new LkeCriterion("1.1.1", "Renstra", AnswerType.YesNo, Proof: ProofKind.Renstra)]);
        var template = LkeTemplate.Create("x", "X", "", 1, [new LkeComponent("1", "K", 100m, [sub])], [], out _)!;

        var proposal = LkeProposals.Propose(template, new Dictionary<ProofKind, ProofFact> { [ProofKind.Renstra] = new(ProofKind.Renstra, share, "alasan") }).ShouldHaveSingleItem();

        proposal.Answer.ShouldBe(answer);
        proposal.Fact.Reason.ShouldBe("alasan");
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(0.8, "B")]
    [InlineData(0.75, "B")]
    [InlineData(0.5, "C")]
    [InlineData(0.3, "D")]
    [InlineData(0.1, "E")]
    public void Proposals_grade_A_to_E_by_the_share_found(decimal share, string answer)
    {
        var sub = new LkeSubComponent("1.1", "S", 100m, [new LkeCriterion("1.1.1", "IKU", AnswerType.Grade, Proof: ProofKind.IkuWithFormula)]);
        var template = LkeTemplate.Create("x", "X", "", 1, [new LkeComponent("1", "K", 100m, [sub])], [], out _)!;

        LkeProposals.Propose(template, new Dictionary<ProofKind, ProofFact> { [ProofKind.IkuWithFormula] = new(ProofKind.IkuWithFormula, share, "") })
            .ShouldHaveSingleItem().Answer.ShouldBe(answer);
    }
}
