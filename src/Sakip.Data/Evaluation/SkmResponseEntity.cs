namespace Sakip.Data.Evaluation;

/// <summary>One respondent's answers to the 9 SKM elements, as nine digits 1–4 (<c>344343434</c>).</summary>
public sealed class SkmResponseEntity
{
    public int Id { get; set; }
    public int SkmResultId { get; set; }
    public string Answers { get; set; } = "";
}
