using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Concurrency;

/// <summary><see cref="ConcurrencyScenarios"/> on PostgreSQL, each on a database of its own with the sample package.</summary>
public sealed class PostgresConcurrencyTests
{
    [PostgresFact]
    public Task Simultaneous_puts_of_one_existing_realisation() =>
        RunAsync(async app =>
        {
            await ConcurrencyScenarios.Simultaneous_puts_of_one_realisation_never_answer_500_and_keep_one_submitted_value(app, 2030);
            await ConcurrencyScenarios.Simultaneous_puts_of_one_realisation_never_answer_500_and_keep_one_submitted_value(app, 2030);
        });

    [PostgresFact]
    public Task Simultaneous_creates_of_one_new_realisation() =>
        RunAsync(app => ConcurrencyScenarios.Simultaneous_puts_of_one_realisation_never_answer_500_and_keep_one_submitted_value(app, 2031));

    [PostgresFact]
    public Task Simultaneous_puts_of_one_target_new_then_existing() =>
        RunAsync(async app =>
        {
            await ConcurrencyScenarios.Simultaneous_puts_of_one_target_never_answer_500_and_keep_one_submitted_value(app, 2030);
            await ConcurrencyScenarios.Simultaneous_puts_of_one_target_never_answer_500_and_keep_one_submitted_value(app, 2030);
        });

    [PostgresFact]
    public Task Simultaneous_new_renstra_revisions() => RunAsync(ConcurrencyScenarios.Simultaneous_new_renstra_revisions_never_answer_500_and_keep_distinct_numbers);

    [PostgresFact]
    public Task Stale_form() => RunAsync(ConcurrencyScenarios.Stale_form_answers_409_showing_the_other_value_and_keeping_the_typed_one);

    [PostgresFact]
    public Task Stale_if_match() => RunAsync(ConcurrencyScenarios.Stale_if_match_answers_409_showing_the_other_value);

    [PostgresFact]
    public Task Approved_quarter_locks_its_inputs() => RunAsync(ConcurrencyScenarios.Approved_quarter_refuses_its_target_and_arah_and_keeps_its_capaian);

    [PostgresFact]
    public Task Stale_budget_form() => RunAsync(StaleEditScenarios.Stale_budget_form_answers_409_showing_the_other_pagu);

    [PostgresFact]
    public Task Stale_agreement_form() => RunAsync(StaleEditScenarios.Stale_agreement_form_answers_409_showing_the_other_version);

    [PostgresFact]
    public Task Stale_api_writes() => RunAsync(StaleEditScenarios.Stale_api_writes_answer_409_showing_the_stored_value);

    [PostgresFact]
    public Task Simultaneous_creates_of_one_account() => RunAsync(StaleEditScenarios.Simultaneous_creates_of_one_account_never_answer_500);

    [PostgresFact]
    public Task Approved_year_locks_its_renstra_target() => RunAsync(ConcurrencyScenarios.Approved_year_locks_the_renstra_target_it_falls_back_on);

    static async Task RunAsync(Func<ConcurrencyApp, Task> scenario)
    {
        await using var app = await ConcurrencyApp.PostgresAsync();
        await scenario(app);
    }
}
