using Sakip.Core.Agreements;
using Sakip.Reports.Agreements;
using Sakip.Reports.Documents;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Agreements;

public sealed class AgreementDocumentTests
{
    [Fact]
    public void Statement_names_both_parties_and_the_acting_prefix()
    {
        var document = AgreementDocument.Build(Sample.Full, Sample.Unit, Sample.Year);

        document.Blocks.OfType<HeadingBlock>().First().Text.ShouldBe("PERJANJIAN KINERJA TAHUN 2021");
        document.Blocks[1].ShouldBe(new ParagraphBlock("SEKRETARIAT DAERAH PROVINSI KALIMANTAN TIMUR") { Subtitle = true });
        // Nama and Jabatan are aligned in two columns as the 53/2014 form prints them, not bullets.
        document.Blocks.OfType<ListBlock>().ShouldBeEmpty();
        document.Blocks.OfType<DetailsBlock>().First().Lines.ShouldBe([new Detail("Nama", Sample.Secretary.Name), new Detail("Jabatan", "Plt. Sekretaris Daerah Provinsi Kalimantan Timur")]);
        document.Blocks.OfType<ParagraphBlock>().ShouldContain(p => p.Text == "selanjutnya disebut pihak pertama.");
        document.Blocks.OfType<ParagraphBlock>().ShouldContain(p => p.Text.EndsWith("selanjutnya disebut pihak kedua.", StringComparison.Ordinal));
        var signatures = document.Blocks.OfType<SignatureBlock>().First();
        signatures.PlaceAndDate.ShouldBe("Samarinda, 28 Februari 2021");
        signatures.Signatories.Select(s => s.Role).ShouldBe(["PIHAK KEDUA", "PIHAK PERTAMA"]);
        signatures.Signatories[1].ShouldBe(new Signatory("PIHAK PERTAMA", "Plt. Sekretaris Daerah Provinsi Kalimantan Timur", Sample.Secretary.Name, "NIP. 196701011990031001"));
        signatures.Signatories[0].NipLine.ShouldBeNull();
        document.Missing.ShouldBeEmpty();
    }

    public static TheoryData<ActingKind, string> Positions => new()
    {
        { ActingKind.Definitive, "Kepala Dinas" },
        { ActingKind.Plt, "Plt. Kepala Dinas" },
        { ActingKind.Plh, "Plh. Kepala Dinas" },
    };

    [Theory, MemberData(nameof(Positions))]
    public void Position_carries_the_acting_prefix(ActingKind acting, string expected) =>
        AgreementDocument.Position(new Party("A", null, "Kepala Dinas", acting)).ShouldBe(expected);

    [Fact]
    public void Annex_lists_the_pk_targets_and_programs_with_the_total_in_words()
    {
        var document = AgreementDocument.Build(Sample.Full, Sample.Unit, Sample.Year);

        var indicators = document.Tables.First();
        var programs = document.Tables.Last();

        indicators.Number.ShouldBe("L.1");
        // A sasaran with several indicators is one merged cell over its rows, not empty bordered cells below it.
        indicators.Rows.Where(r => r.Cells[1].Text == "").ShouldAllBe(r => r.Cells[0].ContinuesAbove && r.Cells[1].ContinuesAbove);
        indicators.Rows.Count(r => r.Cells[1].ContinuesAbove).ShouldBeGreaterThan(0);
        document.Blocks.OfType<SignatureBlock>().Count().ShouldBe(2);
        indicators.Rows.Count.ShouldBe(12);
        indicators.Text("Skor Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)", "Target").ShouldBe("3,095");
        programs.Text("Jumlah", "Anggaran (Rp)").ShouldBe("9.055.362.958");
        programs.Notes.Single().ShouldStartWith("Terbilang: Sembilan miliar lima puluh lima juta");
        // The amount in words is said once, under the programs table, not again in a paragraph.
        document.Blocks.OfType<ParagraphBlock>().ShouldNotContain(p => p.Text.Contains("Sembilan miliar", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_agreement_record_the_pk_targets_make_the_annex_and_the_parties_are_missing()
    {
        // The sample package now records its PK parties and programs; without them the parties are what is missing.
        var document = AgreementDocument.Build(Sample.Package with { Agreements = [], AgreementPrograms = [] }, Sample.Unit, Sample.Year);

        document.Missing.ShouldHaveSingleItem().Section.ShouldStartWith("Para pihak Perjanjian Kinerja Tahun 2021");
        document.Blocks.OfType<SignatureBlock>().First().Signatories.ShouldAllBe(s => s.Name == "" && s.Position == "");
        document.Tables.First().Rows.Count.ShouldBe(12);
        document.Blocks.OfType<ParagraphBlock>().ShouldContain(p => p.Text == "Program dan anggaran Perjanjian Kinerja tahun 2021 belum dicatat.");
    }

    [Fact]
    public void A_total_beyond_what_words_can_name_has_no_words_rather_than_failing()
    {
        var programs = Enumerable.Range(1, 3).Select(i => new AgreementProgram("U", 2021, $"P{i}", 900_000_000_000_000_000m)).ToList();

        var table = Sakip.Reports.Tables.AgreementTable.For(new Core.Capaian.CapaianCalculator(Core.Dataset.Empty), [], programs, 2021);

        table.Total.Value.ShouldBe(2_700_000_000_000_000_000m);
        table.TotalInWords.ShouldBeNull();
        table.ProgramsBlock("L.2", "Program").Notes.ShouldBeEmpty();
    }
}
