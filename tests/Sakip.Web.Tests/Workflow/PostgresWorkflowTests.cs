using Sakip.Web.Tests.Concurrency;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Workflow;

/// <summary><see cref="WorkflowScenarios"/> on PostgreSQL.</summary>
public sealed class PostgresWorkflowTests
{
    [PostgresFact]
    public async Task Quarter_goes_through_the_whole_cycle()
    {
        await using var app = await ConcurrencyApp.PostgresAsync();
        await WorkflowScenarios.Quarter_goes_through_the_whole_cycle_and_is_locked_while_approved(app);
    }
}
