using Sakip.Core.Capaian;
using Sakip.Core.Review;
using Sakip.Packages.Tests.Builders;
using Sakip.Packages.Tests.Golden;

namespace Sakip.Packages.Tests.Reading;

/// <summary>
/// The sample with a few cells of one file replaced by the kinds of values real packages hold (no-value markers,
/// Indonesian numbers, qualifiers, stray quotes, codes from other rows). Whatever comes in, reading never throws;
/// a package that reads valid can be computed, reviewed, and written and read back equal.
/// </summary>
public sealed class MutatedSampleTests
{
    private static readonly string[] Replacements =
        ["", "-", "NA", "\"", "0", "-5", "1e400", "1.234", "\"3,0885\"", "\"66 (peringkat 4)\"", "Rp 1.500.000,-", "\"a, \"\"b\"\"\nc\"", "\u00a0"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory, MemberData(nameof(Seeds))]
    public void A_mutated_sample_never_throws_and_round_trips_when_valid(int seed)
    {
        var random = new Random(seed);
        using var package = Mutated(random);
        var target = package.PathOf(seed % 2 == 0 ? "kembali.xlsx" : "kembali");

        var result = package.Read();

        if (result.Data is not { } data)
        {
            result.Errors.ShouldNotBeEmpty();
            return;
        }
        _ = Reviewer.Review(data);
        var calculator = new CapaianCalculator(data);
        _ = calculator.All().ToList();
        _ = calculator.AllObjectives(data.PlanElements).ToList();
        PackageWriter.Write(data, target);
        var back = PackageReader.Read(target);
        back.Errors.ShouldBeEmpty();
        var written = back.Data!;
        written.WithoutOrigins().Equals(data.WithoutOrigins()).ShouldBeTrue();
        written.DecimalTexts().ShouldBe(data.DecimalTexts());
    }

    private static PackageFolder Mutated(Random random)
    {
        var files = Directory.GetFiles(SamplePackage.Path, "*.csv").Order(StringComparer.Ordinal).ToArray();
        var victim = files[random.Next(files.Length)];
        var package = PackageFolder.Empty();
        foreach (var file in files)
        {
            var lines = File.ReadAllText(file).Split('\n');
            if (file == victim)
            {
                for (var m = 0; m < 1 + random.Next(3); m++)
                {
                    var line = random.Next(10) == 0 ? 0 : 1 + random.Next(lines.Length - 2);
                    var cells = lines[line].Split(',');
                    var cell = random.Next(cells.Length);
                    cells[cell] = random.Next(Replacements.Length + 2) switch
                    {
                        var r when r < Replacements.Length => Replacements[r],
                        var r when r == Replacements.Length => cells[random.Next(cells.Length)],
                        _ => lines[1 + random.Next(lines.Length - 2)].Split(',')[0],
                    };
                    lines[line] = string.Join(',', cells);
                }
            }
            File.WriteAllText(package.PathOf(Path.GetFileName(file)), string.Join('\n', lines));
        }
        return package;
    }
}
