namespace Sakip.Data.Evaluation;

/// <summary>
/// One version of an LKE template (<see cref="Sakip.Core.Evaluation.Lke.LkeTemplate"/> as JSON). A version is never
/// changed once an evaluation uses it: an Admin's edit saves the next version, and evaluations keep theirs.
/// </summary>
public sealed class LkeTemplateEntity
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string Regulation { get; set; } = "";

    /// <summary>The template as <see cref="Sakip.Core.Evaluation.Lke.LkeTemplateJson"/> writes it.</summary>
    public string Json { get; set; } = "";

    /// <summary>Shipped with Sakip (88/2021, 12/2015); an Admin copies it instead of changing it.</summary>
    public bool BuiltIn { get; set; }

    /// <summary>Offered for new evaluations; a retired version stays readable for the evaluations made with it.</summary>
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
