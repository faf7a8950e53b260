using Sakip.Core;
using Sakip.Core.Problems;
using Sakip.Core.Scales;
using Sakip.Packages.Reading;
using Sakip.Packages.Schema;
using Sakip.Packages.Tables;
using Sakip.Packages.Validation;
using Sakip.Packages.Values;

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
        List<T> Map<T>(FileSchema schema, Func<RowReader, T> map)
        {
            var table = Usable(schema);
            var convention = table is null ? NumberConvention.DecimalPoint : conventions.GetValueOrDefault(table.Source)?.Convention ?? NumberConvention.DecimalPoint;
            var records = RowMapping.Map(table, convention, problems, map);
            tables.Remove(schema.Name);
            return records;
        }

        var scales = ScaleRows.Build(Map(PackageSchema.Scales, ScaleRows.Map), problems);
        var scaleSet = new ScaleSet(scales);
        var data = new Dataset
        {
            Scales = scales,
            Units = Map(PackageSchema.Units, UnitRows.Map),
            PlanElements = Map(PackageSchema.Plan, PlanRows.Map),
            Indicators = Map(PackageSchema.Indicators, IndicatorRows.Map),
            Targets = Map(PackageSchema.Targets, r => TargetRows.Map(r, scaleSet)),
            Realisations = Map(PackageSchema.Realisations, r => RealisationRows.Map(r, scaleSet)),
            Components = Map(PackageSchema.Components, ComponentRows.Map),
            BudgetLines = Map(PackageSchema.Budget, BudgetRows.Map),
            Evaluations = Map(PackageSchema.Evaluations, EvaluationRows.Map),
            Recommendations = Map(PackageSchema.Recommendations, RecommendationRows.Map),
        };
        PackageValidator.Validate(data, problems);
        return new PackageReadResult(problems.Any(p => p.IsError) ? null : data, problems, conventions);
    }
}
