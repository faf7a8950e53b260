namespace Sakip.Data.Evaluation;

/// <summary>
/// The SKM of one service of a unit and year: the 9 element means (U1…U9) as entered, or computed from its
/// <see cref="SkmResponseEntity"/> rows when it has them.
/// </summary>
public sealed class SkmResultEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string Service { get; set; } = "";
    public int? Respondents { get; set; }
    public decimal? U1 { get; set; }
    public decimal? U2 { get; set; }
    public decimal? U3 { get; set; }
    public decimal? U4 { get; set; }
    public decimal? U5 { get; set; }
    public decimal? U6 { get; set; }
    public decimal? U7 { get; set; }
    public decimal? U8 { get; set; }
    public decimal? U9 { get; set; }
    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
