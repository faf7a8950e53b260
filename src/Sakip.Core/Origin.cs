namespace Sakip.Core;

/// <summary>Where a record came from: the package file and its line (the header is line 1).</summary>
public sealed record Origin(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
