namespace Sakip.Core.Tests.Builders;

/// <summary>Entry point of the test-data builders: <c>A.Dataset().WithIndicator("X").…Build()</c>.</summary>
public static class A
{
    public static DatasetBuilder Dataset() => new();
}
