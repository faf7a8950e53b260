using Sakip.Core;
using Sakip.Core.Scales;

namespace Sakip.Benchmarks.Generation;

/// <summary>Builds a national-scale dataset of a given shape, always the same for the same shape (fixed seed).</summary>
static class PackageGenerator
{
    const int Seed = 20_240_601;

    /// <summary>A qualitative scale, as skala.csv of a real package holds (opini BPK).</summary>
    static readonly Scale Opinion = Scale.Create("opini_bpk",
        [new Band("TMP", null, 1m), new Band("TW", null, 2m), new Band("WDP", null, 3m), new Band("WTP", null, 4m)], out _)!;

    public static Dataset Generate(PackageShape shape)
    {
        var random = new Random(Seed);
        var lists = new PackageLists();
        for (var pemda = 0; pemda < shape.Pemda; pemda++)
        {
            var indicators = OrganisationGenerator.Add(pemda, random, lists);
            for (var position = 0; position < indicators.Count; position++)
            {
                MeasurementGenerator.Add(indicators[position], position, random, lists);
            }
            var code = OrganisationGenerator.Code(pemda);
            for (var agency = 1; agency <= PackageShape.AgenciesPerPemda; agency++)
            {
                BudgetGenerator.Add(OrganisationGenerator.AgencyCode(code, agency), random, lists);
            }
            EvaluationGenerator.Add(code, random, lists);
        }
        return lists.ToDataset([Opinion]);
    }
}
