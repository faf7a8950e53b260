using Npgsql;
using NpgsqlTypes;

namespace Sakip.LoadDriver;

/// <summary>
/// Writes the generated dataset straight into the tables the EF migrations created, with PostgreSQL's binary
/// COPY: millions of rows through EF would take far longer than the benchmark itself. Enums are written as the
/// names EF stores (<c>Increase</c>, <c>Q1</c>, <c>Annual</c>), paths as <c>/1/2/3/</c>.
/// </summary>
static class NationalDataset
{
    static readonly DateTime Now = new(2025, 1, 15, 0, 0, 0, DateTimeKind.Utc);
    static readonly string[] Quarters = ["Q1", "Q2", "Q3", "Q4"];

    public static void Write(NpgsqlConnection connection, DatasetShape shape)
    {
        var units = Units(shape).ToList();
        Copy(connection, "units", ["Id", "Code", "Name", "ParentId", "Kind", "ShortName", "Path"], units, (w, u) =>
        {
            w.Write(u.Id, NpgsqlDbType.Integer);
            w.Write(u.Code, NpgsqlDbType.Varchar);
            w.Write(u.Name, NpgsqlDbType.Varchar);
            WriteNullable(w, u.ParentId);
            w.Write(u.Kind, NpgsqlDbType.Varchar);
            w.Write(u.Code, NpgsqlDbType.Varchar);
            w.Write(u.Path, NpgsqlDbType.Varchar);
        });
        Copy(connection, "plan_elements", ["Id", "Code", "UnitId", "Kind", "ParentId", "Statement", "PeriodStart", "PeriodEnd"],
            units.SelectMany(PlanElements), (w, p) =>
            {
                w.Write(p.Id, NpgsqlDbType.Integer);
                w.Write(p.Code, NpgsqlDbType.Varchar);
                w.Write(p.UnitId, NpgsqlDbType.Integer);
                w.Write(p.Kind, NpgsqlDbType.Varchar);
                WriteNullable(w, p.ParentId);
                w.Write(p.Statement, NpgsqlDbType.Text);
                w.Write(shape.Years[0] - 1, NpgsqlDbType.Integer);
                w.Write(shape.Years[^1] + 2, NpgsqlDbType.Integer);
            });
        var indicators = Indicators(units).ToList();
        Copy(connection, "indicators", ["Id", "Code", "PlanElementId", "Name", "Measure", "Direction", "Aggregation", "IsKey", "Order"], indicators, (w, i) =>
        {
            w.Write(i.Id, NpgsqlDbType.Integer);
            w.Write(i.Code, NpgsqlDbType.Varchar);
            w.Write(i.PlanElementId, NpgsqlDbType.Integer);
            w.Write($"Indikator {i.Number} {i.UnitCode}", NpgsqlDbType.Text);
            w.Write("%", NpgsqlDbType.Text);
            w.Write(i.Decrease ? "Decrease" : "Increase", NpgsqlDbType.Varchar);
            w.Write("Last", NpgsqlDbType.Varchar);
            w.Write(i.Number == 1, NpgsqlDbType.Boolean);
            w.Write(i.Number, NpgsqlDbType.Integer);
        });
        WriteTargets(connection, shape, indicators);
        WriteRealisations(connection, shape, indicators);
        WriteBudget(connection, shape, units);
        ResetIdentities(connection);
    }

    static void WriteTargets(NpgsqlConnection connection, DatasetShape shape, List<Indicator> indicators)
    {
        var id = 0;
        var rows = indicators.SelectMany(i => Baseline(i, shape).Concat(shape.Years.SelectMany(y => Targets(i, y, shape))));
        Copy(connection, "targets", ["Id", "IndicatorId", "Year", "Kind", "Value"], rows, (w, t) =>
        {
            w.Write(++id, NpgsqlDbType.Integer);
            w.Write(t.IndicatorId, NpgsqlDbType.Integer);
            w.Write(t.Year, NpgsqlDbType.Integer);
            w.Write(t.Kind, NpgsqlDbType.Varchar);
            w.Write(t.Value, NpgsqlDbType.Numeric);
        });
    }

    static void WriteRealisations(NpgsqlConnection connection, DatasetShape shape, List<Indicator> indicators)
    {
        var id = 0;
        var rows = indicators.SelectMany(i => shape.Years.SelectMany(y => Realisations(i, y, shape)));
        Copy(connection, "realisations", ["Id", "IndicatorId", "Year", "Period", "Value", "Status", "Version", "UpdatedAt"], rows, (w, r) =>
        {
            w.Write(++id, NpgsqlDbType.Integer);
            w.Write(r.IndicatorId, NpgsqlDbType.Integer);
            w.Write(r.Year, NpgsqlDbType.Integer);
            w.Write(r.Kind, NpgsqlDbType.Varchar);
            w.Write(r.Value, NpgsqlDbType.Numeric);
            w.Write("Approved", NpgsqlDbType.Varchar);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write(Now, NpgsqlDbType.TimestampTz);
        });
    }

    /// <summary>Per unit and year one program with two kegiatan, each program 1 billion rupiah or so.</summary>
    static void WriteBudget(NpgsqlConnection connection, DatasetShape shape, List<Unit> units)
    {
        var id = 0;
        var rows = units.SelectMany(u => shape.Years.SelectMany(y =>
        {
            var ceiling = 1_000_000_000m + u.Id * 1000m;
            var program = new Budget(++id, u.Id, y, "Program", null, "1.01", ceiling, Math.Round(ceiling * (0.6m + u.Id % 35 / 100m)));
            return new[]
            {
                program,
                new Budget(++id, u.Id, y, "Activity", program.Id, "1.01.01", ceiling / 2, Math.Round(program.Spent / 2)),
                new Budget(++id, u.Id, y, "Activity", program.Id, "1.01.02", ceiling / 2, program.Spent - Math.Round(program.Spent / 2)),
            };
        }));
        Copy(connection, "budget_lines", ["Id", "Code", "UnitId", "Year", "Level", "ParentId", "Name", "Ceiling", "Spent"], rows, (w, b) =>
        {
            w.Write(b.Id, NpgsqlDbType.Integer);
            w.Write(b.Code, NpgsqlDbType.Varchar);
            w.Write(b.UnitId, NpgsqlDbType.Integer);
            w.Write(b.Year, NpgsqlDbType.Integer);
            w.Write(b.Level, NpgsqlDbType.Varchar);
            WriteNullable(w, b.ParentId);
            w.Write(b.Level == "Program" ? "Program Penunjang Urusan Pemerintahan" : $"Kegiatan {b.Code}", NpgsqlDbType.Text);
            w.Write(b.Ceiling, NpgsqlDbType.Numeric);
            w.Write(b.Spent, NpgsqlDbType.Numeric);
        });
    }

    static IEnumerable<Unit> Units(DatasetShape shape)
    {
        yield return new Unit(DatasetShape.RootId, "NASIONAL", "Instansi Pusat (nasional)", null, "RegionalGovernment", "/1/");
        for (var p = 0; p < shape.Pemda; p++)
        {
            var pemdaId = shape.PemdaId(p);
            var pemdaPath = $"/1/{pemdaId}/";
            yield return new Unit(pemdaId, DatasetShape.PemdaCode(p), $"Pemerintah Daerah {p + 1:000}", DatasetShape.RootId, "RegionalGovernment", pemdaPath);
            for (var a = 0; a < shape.AgenciesPerPemda; a++)
            {
                var agencyId = shape.AgencyId(p, a);
                yield return new Unit(agencyId, DatasetShape.AgencyCode(p, a), $"Perangkat Daerah {a + 1:00} Pemda {p + 1:000}", pemdaId, "Agency", $"{pemdaPath}{agencyId}/");
            }
        }
    }

    static IEnumerable<PlanElement> PlanElements(Unit unit)
    {
        var goal = DatasetShape.GoalId(unit.Id);
        yield return new PlanElement(goal, $"T.{unit.Code}", unit.Id, "Goal", null, $"Meningkatnya kinerja {unit.Name}");
        for (var s = 1; s <= 2; s++)
        {
            yield return new PlanElement(DatasetShape.ObjectiveId(unit.Id, s), $"S{s}.{unit.Code}", unit.Id, "Objective", goal, $"Sasaran {s} {unit.Name}");
        }
    }

    static IEnumerable<Indicator> Indicators(IEnumerable<Unit> units)
    {
        var id = 0;
        foreach (var unit in units)
        {
            for (var k = 1; k <= DatasetShape.IndicatorsOf(unit.Id); k++)
            {
                yield return new Indicator(++id, $"IK{k}.{unit.Code}", DatasetShape.ObjectiveId(unit.Id, 2 - k % 2), unit.Code, k, Decrease: k == 3);
            }
        }
    }

    /// <summary>The yearly target: 60–99, two points higher each year, so every indicator has its own figures.</summary>
    static decimal TargetOf(Indicator i, int year, DatasetShape shape) => 60 + i.Id * 37 % 40 + (year - shape.Years[0]) * 2;

    static IEnumerable<Row> Baseline(Indicator i, DatasetShape shape) =>
        [new(i.Id, shape.Years[0] - 1, "Baseline", TargetOf(i, shape.Years[0], shape) - 5)];

    /// <summary>Renstra, PK and the cumulative quarterly targets of the Rencana Aksi (25/50/75/100 %).</summary>
    static IEnumerable<Row> Targets(Indicator i, int year, DatasetShape shape)
    {
        var target = TargetOf(i, year, shape);
        yield return new Row(i.Id, year, "Renstra", target);
        yield return new Row(i.Id, year, "Agreement", target);
        for (var q = 0; q < 4; q++)
        {
            yield return new Row(i.Id, year, Quarters[q], target * (q + 1) / 4);
        }
    }

    /// <summary>Quarterly and annual realisations at 85–114 % of the target.</summary>
    static IEnumerable<Row> Realisations(Indicator i, int year, DatasetShape shape)
    {
        var target = TargetOf(i, year, shape);
        var factor = 0.85m + (i.Id + year) * 13 % 30 / 100m;
        for (var q = 0; q < 4; q++)
        {
            yield return new Row(i.Id, year, Quarters[q], Math.Round(target * (q + 1) / 4 * factor, 2));
        }
        yield return new Row(i.Id, year, "Annual", Math.Round(target * factor, 2));
    }

    static void Copy<T>(NpgsqlConnection connection, string table, string[] columns, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        var columnList = string.Join(", ", columns.Select(c => $"\"{c}\""));
        using var importer = connection.BeginBinaryImport($"COPY {table} ({columnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
        }
        importer.Complete();
    }

    static void WriteNullable(NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <summary>Explicit ids leave the identity sequences at 1; the app's own inserts must continue after the last row.</summary>
    static void ResetIdentities(NpgsqlConnection connection)
    {
        foreach (var table in new[] { "units", "plan_elements", "indicators", "targets", "realisations", "budget_lines" })
        {
            using var command = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), (SELECT max(\"Id\") FROM {table}))", connection);
            command.ExecuteNonQuery();
        }
        using var analyze = new NpgsqlCommand("ANALYZE", connection);
        analyze.ExecuteNonQuery();
    }

    sealed record Unit(int Id, string Code, string Name, int? ParentId, string Kind, string Path);

    sealed record PlanElement(int Id, string Code, int UnitId, string Kind, int? ParentId, string Statement);

    sealed record Indicator(int Id, string Code, int PlanElementId, string UnitCode, int Number, bool Decrease);

    sealed record Row(int IndicatorId, int Year, string Kind, decimal Value);

    sealed record Budget(int Id, int UnitId, int Year, string Level, int? ParentId, string Code, decimal Ceiling, decimal Spent);
}
