using Microsoft.EntityFrameworkCore;

namespace Sakip.Data;

/// <summary>PostgreSQL, for production and scale-out. Migrations: <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresSakipDb(DbContextOptions<PostgresSakipDb> options) : SakipDb(options);
