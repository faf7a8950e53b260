namespace Sakip.Packages.Values;

/// <summary>
/// The convention chosen for one file, with an example of each kind of evidence found, so the
/// importer can say which convention it used and why (spec "Values").
/// </summary>
public sealed record ConventionChoice(NumberConvention Convention, string? IndonesianExample, string? DecimalPointExample)
{
    public bool IsIndonesian => Convention == NumberConvention.Indonesian;

    /// <summary>Both conventions appear in the file, e.g. <c>3,0885</c> beside <c>3.0885</c>: worth a warning.</summary>
    public bool IsMixed => IndonesianExample is not null && DecimalPointExample is not null;

    /// <summary>How numbers were read, in Indonesian, to complete "angka dibaca dengan …".</summary>
    public string Description => Convention switch
    {
        NumberConvention.Indonesian => "format Indonesia (titik pemisah ribuan, koma desimal)",
        NumberConvention.DecimalPoint => "titik desimal (tanpa pemisah ribuan)",
    };
}
