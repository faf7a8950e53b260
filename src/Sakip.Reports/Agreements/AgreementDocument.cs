using Sakip.Core;
using Sakip.Core.Agreements;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;
using Sakip.Reports.Lkjip;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Agreements;

/// <summary>
/// The Perjanjian Kinerja document of a unit and year (PermenPAN-RB 53/2014 lampiran II): the statement page signed by
/// both parties and its annex of sasaran, indicators, targets and programs with budget.
/// </summary>
public static class AgreementDocument
{
    public static ReportDocument Build(Dataset data, string unit, int year)
    {
        var writer = new DocumentWriter(new ReportScope(data, unit, year));
        writer.Numbering("L");
        Write(writer, headingLevel: 1);
        return new ReportDocument($"Perjanjian Kinerja Tahun {year}", $"PK-{unit}-{year}", writer.Blocks);
    }

    /// <summary>The statement and the annex; the LKjIP writes them as its Lampiran with <paramref name="headingLevel"/> 2.</summary>
    internal static void Write(DocumentWriter writer, int headingLevel)
    {
        var scope = writer.Scope;
        var agreement = scope.Agreement;
        writer.Add(new HeadingBlock(headingLevel, $"PERJANJIAN KINERJA TAHUN {scope.Year}"));
        writer.Add(new ParagraphBlock(scope.UnitName.ToUpper(IdFormat.Culture)) { Subtitle = true });
        writer.Paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
        if (agreement is null)
        {
            writer.Add(new MissingText($"Para pihak Perjanjian Kinerja Tahun {scope.Year} (nama, NIP dan jabatan pihak pertama dan pihak kedua)"));
        }
        else
        {
            writer.Add(new DetailsBlock([new Detail("Nama", agreement.FirstParty.Name), new Detail("Jabatan", Position(agreement.FirstParty))]));
            writer.Paragraph("selanjutnya disebut pihak pertama.");
            writer.Add(new DetailsBlock([new Detail("Nama", agreement.SecondParty.Name), new Detail("Jabatan", Position(agreement.SecondParty))]));
            writer.Paragraph("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
        }
        writer.Paragraph("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
        writer.Paragraph("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
        writer.Add(Signatures(agreement));
        writer.Add(new PageBreakBlock());
        writer.Add(new HeadingBlock(headingLevel + 1, $"LAMPIRAN PERJANJIAN KINERJA TAHUN {scope.Year}"));
        writer.Add(new ParagraphBlock(scope.UnitName.ToUpper(IdFormat.Culture)) { Subtitle = true });
        var table = LkjipPlanning.AgreementTableOf(scope);
        writer.Table(n => table.IndicatorsBlock(n, $"Sasaran, Indikator Kinerja dan Target Tahun {scope.Year}"), table.Objectives.Count > 0,
            $"Belum ada sasaran dan target Perjanjian Kinerja tahun {scope.Year}.");
        writer.Table(n => table.ProgramsBlock(n, $"Program dan Anggaran Tahun {scope.Year}"), table.Programs.Count > 0,
            $"Program dan anggaran Perjanjian Kinerja tahun {scope.Year} belum dicatat.");
        writer.Add(Signatures(agreement));
    }

    /// <summary>Pihak kedua on the left, pihak pertama on the right under the place and date; empty lines when not recorded.</summary>
    static SignatureBlock Signatures(Agreement? agreement) => agreement is null
        ? new SignatureBlock(null, [new Signatory("PIHAK KEDUA", "", "", null), new Signatory("PIHAK PERTAMA", "", "", null)])
        : new SignatureBlock(PlaceAndDate(agreement), [Signatory(agreement.SecondParty, "PIHAK KEDUA"), Signatory(agreement.FirstParty, "PIHAK PERTAMA")]);

    static string? PlaceAndDate(Agreement agreement) => (agreement.Place, agreement.SignedOn) switch
    {
        ({ } place, { } date) => $"{place}, {IdFormat.Date(date)}",
        ({ } place, null) => place,
        (null, { } date) => IdFormat.Date(date),
        (null, null) => null,
    };

    public static Signatory Signatory(Party party, string role) =>
        new(role, Position(party), party.Name, string.IsNullOrWhiteSpace(party.Nip) ? null : $"NIP. {party.Nip}");

    /// <summary>The position as signed: "Plt." or "Plh." before it when the official acts in the post.</summary>
    public static string Position(Party party) => party.Acting switch
    {
        ActingKind.Definitive => party.Position,
        ActingKind.Plt => "Plt. " + party.Position,
        ActingKind.Plh => "Plh. " + party.Position,
    };
}
