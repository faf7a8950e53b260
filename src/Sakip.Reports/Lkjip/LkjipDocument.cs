using Sakip.Core;
using Sakip.Core.Reporting;
using Sakip.Reports.Agreements;
using Sakip.Reports.Documents;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>
/// The LKjIP of a unit and year (PermenPAN-RB 53/2014 outline: Bab I–IV and the PK as annex), built from a
/// <see cref="Dataset"/>; every figure comes from the engine, sections the unit has not written are marked missing.
/// </summary>
public static class LkjipDocument
{
    public static ReportDocument Build(Dataset data, string unit, int year)
    {
        var writer = new DocumentWriter(new ReportScope(data, unit, year));
        FrontMatter(writer);
        LkjipIntroduction.Write(writer);
        LkjipPlanning.Write(writer);
        LkjipAccountability.Write(writer);
        Closing(writer);
        writer.Chapter("L", "LAMPIRAN");
        AgreementDocument.Write(writer, headingLevel: 2);
        return new ReportDocument($"Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun {year}", $"LKjIP-{unit}-{year}", writer.Blocks);
    }

    static void FrontMatter(DocumentWriter writer)
    {
        var scope = writer.Scope;
        var parent = scope.Unit?.Parent is { } p ? scope.UnitNameOf(p) : null;
        writer.Add(new CoverBlock(["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)"], scope.UnitName, parent, scope.Year)
        {
            Imprint = scope.Agreement?.Place?.ToUpper(Formatting.IdFormat.Culture),
        });
        writer.Add(new PageBreakBlock());
        writer.Add(new HeadingBlock(1, "KATA PENGANTAR"));
        if (writer.NarrativeText(NarrativeSection.Foreword) is { } foreword)
        {
            foreach (var paragraph in DocumentWriter.Paragraphs(foreword))
            {
                writer.Paragraph(paragraph);
            }
        }
        else
        {
            foreach (var paragraph in DefaultTexts.Foreword(scope.UnitName, scope.Year))
            {
                writer.Paragraph(paragraph, generated: true);
            }
        }
        if (scope.Agreement is { } agreement)
        {
            writer.Add(new SignatureBlock(agreement.Place, [AgreementDocument.Signatory(agreement.FirstParty, "")]));
        }
        writer.Add(new PageBreakBlock());
        writer.Add(new HeadingBlock(1, "IKHTISAR EKSEKUTIF"));
        foreach (var sentence in ExecutiveSummary.Sentences(scope))
        {
            writer.Paragraph(sentence, generated: true);
        }
        writer.Add(new PageBreakBlock());
        writer.Add(new HeadingBlock(1, "DAFTAR ISI"));
        writer.Add(new TableOfContentsBlock());
        writer.Add(new PageBreakBlock());
        writer.Add(new HeadingBlock(1, "DAFTAR TABEL"));
        writer.Add(new ListOfTablesBlock());
    }

    static void Closing(DocumentWriter writer)
    {
        writer.Chapter("4", "BAB IV PENUTUP");
        writer.Section("A. Kesimpulan");
        if (writer.NarrativeText(NarrativeSection.Closing) is { } closing)
        {
            foreach (var paragraph in DocumentWriter.Paragraphs(closing))
            {
                writer.Paragraph(paragraph);
            }
            return;
        }
        foreach (var sentence in ExecutiveSummary.Sentences(writer.Scope))
        {
            writer.Paragraph(sentence, generated: true);
        }
        writer.Section("B. Langkah ke Depan");
        writer.Add(new MissingText("Bab IV Penutup — langkah perbaikan ke depan"));
    }
}
