namespace Sakip.Packages.Tests.Builders;

/// <summary>Problems as the <c>validate</c> command prints them, to compare a whole report in one assertion.</summary>
internal static class ReadResultText
{
    /// <summary>Every problem as <c>file:line:column: message</c>, warnings prefixed with <c>peringatan: </c>.</summary>
    public static string[] Messages(this PackageReadResult result) =>
        [.. result.Problems.Select(p => p.IsError ? p.ToString() : $"peringatan: {p}")];
}
