using Sakip.Web.Tests.Concurrency;

namespace Sakip.Web.Tests.Workflow;

/// <summary><see cref="WorkflowScenarios"/> on SQLite.</summary>
public sealed class SqliteWorkflowTests
{
    [Fact]
    public async Task Quarter_goes_through_the_whole_cycle()
    {
        await using var app = await ConcurrencyApp.SqliteAsync();
        await WorkflowScenarios.Quarter_goes_through_the_whole_cycle_and_is_locked_while_approved(app);
    }
}
