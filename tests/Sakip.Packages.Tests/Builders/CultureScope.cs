using System.Globalization;

namespace Sakip.Packages.Tests.Builders;

/// <summary>Runs part of a test under another current culture (of this thread only), restoring it on dispose.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

    public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => CultureInfo.CurrentCulture = _previous;
}
