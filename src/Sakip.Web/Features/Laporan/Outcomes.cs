namespace Sakip.Web.Features.Laporan;

/// <summary>Makes an <see cref="Outcome{T}"/>.</summary>
public static class Outcomes
{
    public static Outcome<T> Of<T>(T value)
        where T : class => new(value, null);

    public static Outcome<T> Fail<T>(string message)
        where T : class => new(null, message);
}
