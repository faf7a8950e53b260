using Sakip.Core.Explaining;
using Sakip.Core.Problems;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation;

/// <summary>Indeks Kepuasan Masyarakat, PermenPAN-RB 14/2017.</summary>
public static class IkmRule
{
    public const int Elements = 9;

    /// <summary>The lowest and highest answer of an element (1 tidak baik … 4 sangat baik); a mean lies between them too.</summary>
    public const int LowestAnswer = 1;
    public const int HighestAnswer = 4;

    /// <summary>NRR of one element: the mean of its answers, each 1–4.</summary>
    public static Explained<decimal?> ElementScore(IReadOnlyList<int> answers)
    {
        const string method = "NRR unsur = rata-rata jawaban (1–4)";
        if (answers.Count == 0)
        {
            return Explained.None(method, "belum ada jawaban");
        }
        if (answers.Any(a => a is < LowestAnswer or > HighestAnswer))
        {
            throw new ArgumentException("IKM answers are between 1 and 4.", nameof(answers));
        }
        return Explained.Of((decimal)answers.Sum() / answers.Count, method, "{Σ} / {n}",
            new NamedValue("Σ", answers.Sum(), "Jumlah nilai jawaban"), new NamedValue("n", answers.Count, "Jumlah responden"));
    }

    /// <summary>
    /// The 9 element means (NRR) of a service from its respondents' answers; null with a problem per wrong answer
    /// (a respondent without 9 answers, an answer outside 1–4), each named by <paramref name="where"/> and the element,
    /// so user data is refused with a message and never with an exception.
    /// </summary>
    /// <param name="where">Names a respondent for messages, e.g. <c>i =&gt; $"baris {i + 2}"</c> for a file.</param>
    public static IReadOnlyList<Explained<decimal?>>? ElementScores(
        IReadOnlyList<IReadOnlyList<int>> responses, Func<int, string> where, out IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(where);
        var found = new List<Problem>();
        problems = found;
        if (responses.Count == 0)
        {
            found.Add(new Problem("", "belum ada jawaban responden"));
        }
        for (var r = 0; r < responses.Count; r++)
        {
            var answers = responses[r];
            if (answers.Count != Elements)
            {
                found.Add(new Problem(where(r), $"harus berisi {Elements} jawaban (U1–U9), tersedia {answers.Count}"));
                continue;
            }
            for (var e = 0; e < Elements; e++)
            {
                if (answers[e] is < LowestAnswer or > HighestAnswer)
                {
                    found.Add(new Problem($"{where(r)}, kolom u{e + 1}", $"jawaban harus 1, 2, 3 atau 4, tertulis {answers[e]}"));
                }
            }
        }
        return found.Count > 0 ? null : [.. Enumerable.Range(0, Elements).Select(e => ElementScore([.. responses.Select(a => a[e])]))];
    }

    /// <remarks>IKM = Σ(NRR_unsur × 1/9) × 25 over the 9 elements; computed as Σ NRR / 9 × 25 to stay exact in decimal.</remarks>
    public static Explained<decimal?> Index(IReadOnlyList<decimal> elementScores)
    {
        const string method = "IKM = Σ(NRR unsur × 1/9) × 25";
        if (elementScores.Count != Elements)
        {
            return Explained.None(method, $"IKM memerlukan nilai {Elements} unsur, tersedia {elementScores.Count}");
        }
        var inputs = elementScores.Select((s, i) => new NamedValue($"U{i + 1}", s, $"NRR unsur {i + 1}")).ToArray();
        var sum = string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}"));
        return Explained.Compute(() => elementScores.Sum() / Elements * 25m, method, $"({sum}) / 9 × 25", inputs);
    }

    /// <summary>The mutu pelayanan (A–D) of an IKM, compared on the value rounded to 2 decimals.</summary>
    public static Band? Quality(decimal ikm, Scale quality) => quality.Classify(Display.Round(ikm));
}
