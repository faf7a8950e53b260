using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sakip.Data.Tests.Exchange;

/// <summary>Counts the SQL commands a context runs: a load whose count grows with the number of units is an N+1.</summary>
sealed class CommandCounter : DbCommandInterceptor
{
    public int Count { get; private set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>A context on the database whose commands this counter counts.</summary>
    public SakipDb Open(DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteSakipDb>();
                DatabaseSetup.Configure(sqlite, options);
                return new SqliteSakipDb(sqlite.AddInterceptors(this).Options);
            default:
                var postgres = new DbContextOptionsBuilder<PostgresSakipDb>();
                DatabaseSetup.Configure(postgres, options);
                return new PostgresSakipDb(postgres.AddInterceptors(this).Options);
        }
    }
}
