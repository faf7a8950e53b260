using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Core.Scales;
using Sakip.Packages.Archives;
using Sakip.Packages.Reading;
using Sakip.Packages.Schema;
using Sakip.Packages.Tables;
using Sakip.Packages.Validation;
using Sakip.Packages.Values;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages;

/// <summary>
/// Reads and validates a data package (docs/data-package.md). Every problem is reported at once as
/// <c>file:line:column: message</c>; any error means no dataset.
/// </summary>
public static class PackageReader
{
    /// <param name="path">A folder of CSV files or an <c>.xlsx</c> workbook.</param>
    public static PackageReadResult Read(string path)
    {
        var problems = new List<Problem>();
        var tables = PackageSource.Load(path, problems);
        return Read(tables, problems);
    }

    /// <summary>Reads a package uploaded as a ZIP of CSV files, entirely in memory within <paramref name="limits"/>.</summary>
    /// <param name="name">The archive's name, used in problem locations.</param>
    public static PackageReadResult ReadZip(Stream zip, string name, ArchiveLimits? limits = null)
    {
        var problems = new List<Problem>();
        var entries = ArchiveReader.ReadEntries(zip, name, limits ?? ArchiveLimits.Default, problems);
        if (entries is null)
        {
            return new PackageReadResult(null, problems, new Dictionary<string, ConventionChoice>());
        }
        try
        {
            return Read(PackageSource.FromZip(entries, name, problems), problems);
        }
        finally
        {
            entries.ForEach(e => e.Content.Dispose());
        }
    }

    /// <summary>Reads a package uploaded as one XLSX workbook; the workbook (itself a zip) is first checked against <paramref name="limits"/>.</summary>
    public static PackageReadResult ReadWorkbook(Stream workbook, string name, ArchiveLimits? limits = null)
    {
        var problems = new List<Problem>();
        var seekable = workbook.CanSeek ? workbook : Buffered(workbook);
        var start = seekable.Position;
        var entries = ArchiveReader.ReadEntries(seekable, name, limits ?? ArchiveLimits.Default, problems);
        if (entries is null)
        {
            return new PackageReadResult(null, problems, new Dictionary<string, ConventionChoice>());
        }
        entries.ForEach(e => e.Content.Dispose());
        seekable.Position = start;
        var read = XlsxReader.Read(seekable, name, [.. PackageSchema.Files.Select(f => f.Name)]);
        return Read(PackageSource.FromWorkbook(read, name, problems), problems);
    }

    static MemoryStream Buffered(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Reads tables already loaded (e.g. from an upload), adding to the problems found while loading them.</summary>
    /// <remarks>Each table is removed from <paramref name="tables"/> once mapped, so a large package need not keep its text beside its records.</remarks>
    internal static PackageReadResult Read(Dictionary<string, Table> tables, List<Problem> problems)
    {
        var conventions = new Dictionary<string, ConventionChoice>(StringComparer.Ordinal);
        Table? Usable(FileSchema schema)
        {
            if (!tables.TryGetValue(schema.Name, out var table) || !HeaderCheck.Check(table, schema, problems))
            {
                return null;
            }
            if (schema.Numeric.Count > 0)
            {
                var choice = NumberConventionDetector.Detect(table, schema.Numeric);
                conventions[table.Source] = choice;
                if (choice.IsMixed)
                {
                    problems.Add(Problem.Warning(table.Source,
                        $"angka ditulis dengan dua format (\"{choice.IndonesianExample}\" dan \"{choice.DecimalPointExample}\"); dibaca dengan {choice.Description}"));
                }
            }
            return table;
        }
        List<T> Map<T>(FileSchema schema, Func<RowReader, T> map, List<T>? rejected = null)
        {
            var table = Usable(schema);
            var convention = table is null ? NumberConvention.DecimalPoint : conventions.GetValueOrDefault(table.Source)?.Convention ?? NumberConvention.DecimalPoint;
            var records = RowMapping.Map(table, convention, problems, rejected is null ? map : reader =>
            {
                var before = reader.ErrorCount;
                var record = map(reader);
                if (reader.ErrorCount != before)
                {
                    rejected.Add(record);
                }
                return record;
            });
            tables.Remove(schema.Name);
            return records;
        }

        var scales = ScaleRows.Build(Map(PackageSchema.Scales, ScaleRows.Map), problems);
        var scaleSet = new ScaleSet(scales);
        // Rows rejected for a bad cell still name a code that exists; references to it are not reported as unknown.
        var rejected = new RejectedRows([], [], [], [], []);
        var data = new Dataset
        {
            Scales = scales,
            Units = Map(PackageSchema.Units, UnitRows.Map, rejected.Units),
            PlanElements = Map(PackageSchema.Plan, PlanRows.Map, rejected.PlanElements),
            Indicators = Map(PackageSchema.Indicators, IndicatorRows.Map, rejected.Indicators),
            Targets = Map(PackageSchema.Targets, r => TargetRows.Map(r, scaleSet)),
            Realisations = Map(PackageSchema.Realisations, r => RealisationRows.Map(r, scaleSet)),
            Components = Map(PackageSchema.Components, ComponentRows.Map),
            BudgetLines = Map(PackageSchema.Budget, BudgetRows.Map, rejected.BudgetLines),
            Evaluations = Map(PackageSchema.Evaluations, EvaluationRows.Map),
            Recommendations = Map(PackageSchema.Recommendations, RecommendationRows.Map),
            Agreements = Map(PackageSchema.Agreements, AgreementRows.Map, rejected.Agreements),
            AgreementPrograms = Map(PackageSchema.AgreementPrograms, AgreementProgramRows.Map),
            Narratives = Map(PackageSchema.Narratives, NarrativeRows.Map),
            Staff = Map(PackageSchema.Staff, StaffRows.Map),
            Facilities = Map(PackageSchema.Facilities, FacilityRows.Map),
            Comparisons = Map(PackageSchema.Comparisons, ComparisonRows.Map),
        };
        PackageValidator.Validate(data, problems, rejected);
        return new PackageReadResult(problems.Any(p => p.IsError) ? null : Sakip.Core.Evaluation.Recaps.RecapRealisations.Apply(data), problems, conventions);
    }
}
