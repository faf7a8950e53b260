using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;

namespace Sakip.Data.Exchange;

/// <summary>
/// How one lke.csv row lands on a stored answer, used by the import and by the check that a final evaluation would not
/// change: a filled cell overwrites, an empty one leaves what is stored, so a unit's package (nilai usulan only) and
/// the evaluator's (nilai penetapan only) do not erase each other.
/// </summary>
static class LkeAnswerImport
{
    /// <remarks><c>catatan</c> is the evaluator's note on a row with nilai penetapan, else the unit's (as the export writes it).</remarks>
    public static void Assign(LkeAnswerRecord record, LkeAnswerEntity answer)
    {
        answer.Criterion = record.Criterion;
        answer.SelfAnswer = record.SelfAnswer ?? answer.SelfAnswer;
        answer.EvaluatorAnswer = record.EvaluatorAnswer ?? answer.EvaluatorAnswer;
        if (record.Note is { } note)
        {
            if (record.EvaluatorAnswer is not null)
            {
                answer.EvaluatorNote = note;
            }
            else
            {
                answer.SelfNote = note;
            }
        }
    }

    /// <summary>Whether importing the row would add or change a stored answer.</summary>
    public static bool Changes(LkeAnswerRecord record, LkeAnswerEntity? stored)
    {
        if (stored is null)
        {
            return true;
        }
        var after = new LkeAnswerEntity
        {
            SelfAnswer = stored.SelfAnswer,
            SelfNote = stored.SelfNote,
            EvaluatorAnswer = stored.EvaluatorAnswer,
            EvaluatorNote = stored.EvaluatorNote,
        };
        Assign(record, after);
        return (after.SelfAnswer, after.SelfNote, after.EvaluatorAnswer, after.EvaluatorNote)
            != (stored.SelfAnswer, stored.SelfNote, stored.EvaluatorAnswer, stored.EvaluatorNote);
    }

    /// <summary>The note an export writes for a stored answer: the counterpart of <see cref="Assign"/>.</summary>
    public static string? Note(string? evaluatorAnswer, string? selfNote, string? evaluatorNote) =>
        evaluatorAnswer is null ? selfNote : evaluatorNote;
}
