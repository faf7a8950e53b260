using Sakip.Core.Organisation;
using Sakip.Core.Reporting;
using Sakip.Reports.Documents;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Lkjip;

/// <summary>Bab I Pendahuluan: latar belakang, dasar hukum, tugas dan fungsi, struktur organisasi, sumber daya, isu strategis.</summary>
static class LkjipIntroduction
{
    public static void Write(DocumentWriter writer)
    {
        var scope = writer.Scope;
        writer.Chapter("1", "BAB I PENDAHULUAN");
        writer.Section("A. Latar Belakang");
        writer.Narrative(NarrativeSection.Background, "Bab I A. Latar Belakang");
        writer.Section("B. Dasar Hukum");
        if (writer.NarrativeText(NarrativeSection.LegalBasis) is { } legal)
        {
            writer.Add(new ListBlock([.. DocumentWriter.Paragraphs(legal)], Numbered: true));
        }
        else
        {
            writer.Paragraph("Penyusunan laporan kinerja ini berpedoman pada peraturan perundang-undangan berikut:", generated: true);
            writer.Add(new ListBlock(DefaultTexts.LegalBasis, Numbered: true));
        }
        writer.Section("C. Tugas dan Fungsi");
        writer.Narrative(NarrativeSection.Duties, "Bab I C. Tugas dan Fungsi");
        writer.Section("D. Struktur Organisasi");
        var root = OrgChart(scope.Data.Units, scope.UnitCode, scope.UnitName);
        writer.Paragraph(root.Children.Count == 0
            ? $"{scope.UnitName} tidak memiliki unit kerja di bawahnya yang tercatat."
            : $"{scope.UnitName} membawahi {Formatting.IdFormat.Count(root.Children.Count)} unit kerja, sebagaimana bagan berikut.", generated: true);
        writer.Add(new OrgChartBlock(writer.NextChart(), $"Struktur Organisasi {scope.UnitName}", root));
        Staff(writer);
        writer.Section("F. Sarana dan Prasarana");
        var facilities = scope.Data.Facilities.Where(f => f.Unit == scope.UnitCode && f.Year == scope.Year).ToList();
        writer.Table(n => new FacilityTable(facilities).ToBlock(n, $"Sarana dan Prasarana {scope.UnitName} Tahun {scope.Year}"), facilities.Count > 0,
            $"Data sarana dan prasarana tahun {scope.Year} belum dicatat.");
        writer.Section("G. Isu Strategis");
        writer.Narrative(NarrativeSection.StrategicIssues, "Bab I G. Isu Strategis");
        writer.Section("H. Sistematika Penyajian");
        writer.Add(new ListBlock([.. DefaultTexts.Layout]));
    }

    static void Staff(DocumentWriter writer)
    {
        var scope = writer.Scope;
        writer.Section("E. Sumber Daya Aparatur");
        var staff = scope.Data.Staff.Where(s => s.Unit == scope.UnitCode && s.Year == scope.Year).ToList();
        if (staff.Count == 0)
        {
            writer.Paragraph($"Data pegawai tahun {scope.Year} belum dicatat.", generated: true);
            return;
        }
        var tables = new[]
        {
            StaffTable.For(staff, "Jabatan", s => s.Position),
            StaffTable.For(staff, "Golongan", s => s.Rank),
            StaffTable.For(staff, "Pendidikan", s => s.Education),
        };
        writer.Paragraph($"Jumlah pegawai {scope.UnitName} tahun {scope.Year} sebanyak {Formatting.IdFormat.Count(tables[0].Total)} orang.", generated: true);
        foreach (var table in tables.Where(t => t.IsBrokenDown))
        {
            writer.Table(n => table.ToBlock(n, $"Jumlah Pegawai menurut {table.Dimension} Tahun {scope.Year}"), true, "");
        }
        var chart = tables.LastOrDefault(t => t.IsBrokenDown) ?? tables[0];
        writer.Chart(n => chart.ToChart(n, $"Jumlah Pegawai menurut {chart.Dimension} Tahun {scope.Year}"));
    }

    /// <summary>The unit and the units below it, as boxes; a cycle in the data (rejected by validation) cannot loop.</summary>
    public static OrgNode OrgChart(IReadOnlyList<Unit> units, string code, string name)
    {
        var children = units.Where(u => u.Parent is not null).ToLookup(u => u.Parent!, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        OrgNode Node(string at, string label, int depth) => new(label, depth >= 3 ? [] :
            [.. children[at].Where(c => seen.Add(c.Code)).Select(c => Node(c.Code, c.Name, depth + 1))]);
        return Node(code, name, 0);
    }
}
