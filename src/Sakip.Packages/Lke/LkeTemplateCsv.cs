using System.Globalization;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Problems;
using Sakip.Packages.Csv;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Lke;

/// <summary>
/// An LKE template as a CSV file: one row per criterion, with its component and sub-component repeated (the layout of
/// the regulation's worksheet), so an Admin can adapt a template in a spreadsheet. Columns: komponen_no, komponen,
/// bobot_komponen, subkomponen_no, subkomponen, bobot_subkomponen, kriteria_no, kriteria (required) and jenis_jawaban
/// (<c>yt</c> or <c>abcde</c>; empty: Y/T in the first sub-component of a component, A–E elsewhere, as 88/2021),
/// bukti, sumber_bukti (<see cref="ProofKinds"/>), syarat (<see cref="LkeLogicRules"/>).
/// </summary>
public static class LkeTemplateCsv
{
    static readonly string[] Required = ["komponen_no", "komponen", "bobot_komponen", "subkomponen_no", "subkomponen", "bobot_subkomponen", "kriteria_no", "kriteria"];
    static readonly string[] Header = [.. Required, "jenis_jawaban", "bukti", "sumber_bukti", "syarat"];
    const string YesNo = "yt";
    const string Grade = "abcde";

    /// <summary>A template from CSV, or null and every problem (file:line:column, Indonesian).</summary>
    public static LkeTemplate? Read(Stream csv, string fileName, string code, string name, string regulation, int version, out IReadOnlyList<string> problems)
    {
        var read = CsvTableReader.Read(csv, fileName);
        var found = read.Problems.Select(p => p.ToString()).ToList();
        problems = found;
        if (read.Table is not { } table)
        {
            return null;
        }
        foreach (var missing in Required.Where(c => !table.Header.Contains(c)))
        {
            found.Add($"{fileName}:1: kolom {missing} wajib ada");
        }
        if (found.Count > 0)
        {
            return null;
        }
        var rows = table.Rows.Select(row => ReadRow(table, row, found)).OfType<Row>().ToList();
        if (found.Count > 0)
        {
            return null;
        }
        var components = Group(rows, fileName, found);
        var template = found.Count > 0 ? null
            : LkeTemplate.Create(code, name, regulation, version, components, [.. rows.SelectMany(r => r.Rules)], out var templateProblems)
              is { } built ? built : Fail(templateProblems, rows, fileName, found);
        return found.Count > 0 ? null : template;
    }

    /// <summary>Writes <paramref name="template"/> in the format <see cref="Read"/> takes.</summary>
    public static void Write(Stream stream, LkeTemplate template)
    {
        var rules = template.Rules.ToLookup(r => r.Criterion, StringComparer.Ordinal);
        var rows = from component in template.Components
                   from sub in component.SubComponents
                   from criterion in sub.Criteria
                   select (IReadOnlyList<string>)
                   [
                       component.Code, component.Name, Number(component.Weight),
                       LastPart(sub.Code), sub.Name, Number(sub.Weight),
                       LastPart(criterion.Code), criterion.Text,
                       criterion.AnswerType == AnswerType.YesNo ? YesNo : Grade,
                       criterion.Evidence ?? "", ProofKinds.Code(criterion.Proof), LkeLogicRules.Format(rules[criterion.Code]),
                   ];
        CsvWriter.Write(stream, Header, rows);
    }

    sealed record Row(int Line, string Component, string ComponentName, decimal ComponentWeight, string Sub, string SubName,
        decimal SubWeight, LkeCriterion Criterion, IReadOnlyList<LkeLogicRule> Rules);

    static Row? ReadRow(Table table, TableRow row, List<string> found)
    {
        var before = found.Count;
        string Text(string column) => (table.Cell(row, column) ?? "").Trim();
        void Problem(string column, string message) => found.Add(table.Problem(row, column, message).ToString());
        string Whole(string column)
        {
            var text = Text(column);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 99)
            {
                Problem(column, $"\"{text}\" bukan nomor 1–99");
            }
            return text;
        }
        decimal Weight(string column)
        {
            var text = Text(column);
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) || weight <= 0 || weight > 100)
            {
                Problem(column, $"bobot \"{text}\" bukan angka lebih dari 0 sampai 100 (titik sebagai pemisah desimal)");
            }
            return weight;
        }
        string Required(string column, int max)
        {
            var text = Text(column);
            if (text.Length == 0 || text.Length > max)
            {
                Problem(column, text.Length == 0 ? $"{column} wajib diisi" : $"{column} lebih dari {max} karakter");
            }
            return text;
        }

        var component = Whole("komponen_no");
        var sub = Whole("subkomponen_no");
        var number = Whole("kriteria_no");
        var componentName = Required("komponen", 300);
        var subName = Required("subkomponen", 1000);
        var text = Required("kriteria", 2000);
        var componentWeight = Weight("bobot_komponen");
        var subWeight = Weight("bobot_subkomponen");
        var answerText = Text("jenis_jawaban").ToLowerInvariant();
        var answerType = answerText switch
        {
            YesNo => AnswerType.YesNo,
            Grade => AnswerType.Grade,
            "" => sub == "1" ? AnswerType.YesNo : AnswerType.Grade,
            _ => (AnswerType?)null,
        };
        if (answerType is null)
        {
            Problem("jenis_jawaban", $"jenis jawaban \"{answerText}\" tidak dikenal; gunakan {YesNo} (Y/T) atau {Grade} (A/B/C/D/E)");
        }
        var proof = ProofKinds.Parse(Text("sumber_bukti"));
        if (proof is null)
        {
            Problem("sumber_bukti", $"sumber bukti \"{Text("sumber_bukti")}\" tidak dikenal; gunakan salah satu: {ProofKinds.Describe()}");
        }
        var evidence = Text("bukti");
        if (evidence.Length > 1000)
        {
            Problem("bukti", "bukti lebih dari 1000 karakter");
        }
        var code = $"{component}.{sub}.{number}";
        var rules = LkeLogicRules.Parse(code, Text("syarat"), out var ruleError);
        if (ruleError is not null)
        {
            Problem("syarat", ruleError);
        }
        return found.Count > before ? null
            : new Row(row.Line, component, componentName, componentWeight, $"{component}.{sub}", subName, subWeight,
                new LkeCriterion(code, text, answerType!.Value, evidence.Length == 0 ? null : evidence, proof!.Value), rules!);
    }

    /// <summary>Rows grouped in file order; a component or sub-component must keep one name and weight on every row.</summary>
    static List<LkeComponent> Group(List<Row> rows, string fileName, List<string> found)
    {
        var components = new List<LkeComponent>();
        foreach (var component in rows.GroupBy(r => r.Component))
        {
            var first = component.First();
            foreach (var other in component.Where(r => r.ComponentName != first.ComponentName || r.ComponentWeight != first.ComponentWeight))
            {
                found.Add($"{fileName}:{other.Line}: komponen {other.Component} ditulis dengan nama atau bobot yang berbeda dari baris {first.Line}");
            }
            var subs = new List<LkeSubComponent>();
            foreach (var sub in component.GroupBy(r => r.Sub))
            {
                var head = sub.First();
                foreach (var other in sub.Where(r => r.SubName != head.SubName || r.SubWeight != head.SubWeight))
                {
                    found.Add($"{fileName}:{other.Line}: sub-komponen {other.Sub} ditulis dengan nama atau bobot yang berbeda dari baris {head.Line}");
                }
                subs.Add(new LkeSubComponent(sub.Key, head.SubName, head.SubWeight, [.. sub.Select(r => r.Criterion)]));
            }
            components.Add(new LkeComponent(component.Key, first.ComponentName, first.ComponentWeight, subs));
        }
        return components;
    }

    /// <summary>Template problems point at the first row of the criterion, sub-component or component they name.</summary>
    static LkeTemplate? Fail(IReadOnlyList<Problem> problems, List<Row> rows, string fileName, List<string> found)
    {
        foreach (var problem in problems)
        {
            var row = rows.FirstOrDefault(r => r.Criterion.Code == problem.Field)
                ?? rows.FirstOrDefault(r => r.Sub == problem.Field)
                ?? rows.FirstOrDefault(r => r.Component == problem.Field);
            found.Add(row is null ? $"{fileName}: {problem.Message}" : $"{fileName}:{row.Line}: {problem.Message}");
        }
        return null;
    }

    static string LastPart(string code) => code[(code.LastIndexOf('.') + 1)..];

    static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
