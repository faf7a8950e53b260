using Sakip.Core.Workflow;

namespace Sakip.Core.Tests.Workflow;

public sealed class SnapshotComparisonTests
{
    [Fact]
    public void Lines_are_compared_by_key()
    {
        SnapshotLine[] before = [new("a", "Target A", "80"), new("b", "Target B", "90"), new("c", "Target C", "10")];
        SnapshotLine[] after = [new("a", "Target A", "80"), new("b", "Target B", "95"), new("d", "Target D", "5")];
        var differences = SnapshotComparison.Compare(before, after);
        differences.ShouldBe(
        [
            new LineDifference("b", "Target B", LineChange.Changed, "90", "95"),
            new LineDifference("d", "Target D", LineChange.Added, null, "5"),
            new LineDifference("c", "Target C", LineChange.Removed, "10", null),
        ]);
    }

    [Fact]
    public void Equal_versions_have_no_difference()
    {
        SnapshotLine[] lines = [new("a", "A", "1")];
        SnapshotComparison.Compare(lines, lines).ShouldBeEmpty();
    }
}
