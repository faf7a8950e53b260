namespace Sakip.Core.Evaluation;

/// <summary>
/// The public satisfaction survey (SKM, PermenPAN-RB 14/2017) of one service (layanan) of a unit and year: the mean
/// answer (NRR, 1–4) of each of the 9 elements, given as averages (skm.csv) or computed from the responses
/// (<see cref="SkmResponse"/>).
/// </summary>
/// <param name="Elements">The 9 element means U1…U9, in the regulation's order.</param>
/// <param name="Respondents">How many answered, when known.</param>
public sealed record SkmResult(string Unit, int Year, string Service, IReadOnlyList<decimal> Elements, int? Respondents)
{
    public Origin? Origin { get; init; }

    public bool Equals(SkmResult? other) =>
        other is not null && Unit == other.Unit && Year == other.Year && Service == other.Service
        && Respondents == other.Respondents && Elements.SequenceEqual(other.Elements) && Origin == other.Origin;

    public override int GetHashCode() => HashCode.Combine(Unit, Year, Service, Respondents);
}

/// <summary>One respondent's answers (1–4) to the 9 SKM elements of a service (skm_jawaban.csv).</summary>
public sealed record SkmResponse(string Unit, int Year, string Service, IReadOnlyList<int> Answers)
{
    public Origin? Origin { get; init; }

    public bool Equals(SkmResponse? other) =>
        other is not null && Unit == other.Unit && Year == other.Year && Service == other.Service
        && Answers.SequenceEqual(other.Answers) && Origin == other.Origin;

    public override int GetHashCode() => HashCode.Combine(Unit, Year, Service);
}
