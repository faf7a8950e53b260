using Sakip.Core.Evaluation;
using Sakip.Core.Fields;

namespace Sakip.Packages.Reading;

/// <summary>
/// lke.csv rows: answer letters are read case-insensitively and kept in capitals; whether the template and criterion
/// exist, and whether the criterion takes Y/T or A–E, is checked at import against the database's templates.
/// </summary>
static class LkeAnswerRows
{
    public static LkeAnswerRecord Map(RowReader r) =>
        r.Checked(new LkeAnswerRecord(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.RequiredText("templat"),
            r.RequiredText("kriteria"),
            Letter(r.Text("nilai_usulan")),
            Letter(r.Text("nilai_penetapan")),
            r.Text("catatan"))
        { Origin = r.Origin }, EvaluationRecordRules.LkeAnswer);

    /// <summary>An unknown letter is kept as written, so the rule names it.</summary>
    static string? Letter(string? text) => EvaluationRecordRules.AnswerLetter(text) ?? text;
}
