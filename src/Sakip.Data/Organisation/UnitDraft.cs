namespace Sakip.Data.Organisation;

/// <summary>
/// A unit as typed into the Admin page or sent to the API, before any check: the columns of <c>instansi.csv</c> as
/// text, so an unknown <c>jenis</c> is reported like every other problem instead of failing to bind.
/// </summary>
public sealed record UnitDraft(string? Code, string? Name, string? Parent, string? Kind, string? ShortName)
{
    /// <summary>The draft as it is checked and stored: surrounding spaces removed, blanks as no value.</summary>
    public UnitDraft Normalised() => new(Clean(Code), Clean(Name), Clean(Parent), Clean(Kind), Clean(ShortName));

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
