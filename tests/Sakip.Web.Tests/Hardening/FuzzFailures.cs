namespace Sakip.Web.Tests.Hardening;

/// <summary>Fails a fuzz test with every failure it collected (the first 40), so one run shows the whole class of defect.</summary>
public static class FuzzFailures
{
    public static void Report(IReadOnlyList<string> failures, string what)
    {
        if (failures.Count > 0)
        {
            Assert.Fail($"{what}: {failures.Count} failures\n{string.Join("\n", failures.Take(40))}");
        }
    }
}
