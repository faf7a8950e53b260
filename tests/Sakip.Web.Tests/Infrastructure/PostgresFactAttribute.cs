namespace Sakip.Web.Tests.Infrastructure;

/// <summary>
/// A test that needs the PostgreSQL cluster of the test script: skipped when <c>SAKIP_TEST_POSTGRES</c> is not set,
/// so a local run without a cluster still passes; CI always sets it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresDatabase.Available)
        {
            Skip = $"Needs a PostgreSQL cluster in {PostgresDatabase.Variable} (scripts/test.sh starts one).";
        }
    }
}
