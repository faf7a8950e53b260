using System.Globalization;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Packages.Tests.Builders;
using Sakip.Packages.Tests.Golden;

namespace Sakip.Packages.Tests.Writing;

/// <summary>Write then read: a dataset comes back equal, with the decimals it was printed with, as CSV folder and as XLSX.</summary>
public sealed class PackageWriterTests
{
    [Fact]
    public void Write_as_csv_folder_reads_back_equal_to_the_sample_including_origins()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket");

        PackageWriter.Write(SamplePackage.Data, path);
        var result = PackageReader.Read(path);

        result.Messages().ShouldBeEmpty();
        result.Data!.Equals(SamplePackage.Data).ShouldBeTrue();
        result.Data.Origins().ShouldBe(SamplePackage.Data.Origins());
    }

    [Fact]
    public void Write_as_xlsx_reads_back_equal_to_the_sample_with_origins_naming_the_sheet()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket.xlsx");

        PackageWriter.Write(SamplePackage.Data, path);
        var result = PackageReader.Read(path);

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        data.WithoutOrigins().Equals(SamplePackage.Data.WithoutOrigins()).ShouldBeTrue();
        // A narrative of several paragraphs spans several CSV lines but is one row of its sheet.
        data.Origins().Where(o => o!.File != "paket.xlsx[narasi]")
            .ShouldBe(SamplePackage.Data.Origins().Where(o => o!.File != "narasi.csv").Select(o => o! with { File = $"paket.xlsx[{o.File[..^4]}]" }));
        data.Narratives.Select(n => n.Origin!.Line).ShouldBe(Enumerable.Range(2, SamplePackage.Data.Narratives.Count));
    }

    [Theory]
    [InlineData("paket")]
    [InlineData("paket.xlsx")]
    public void Write_keeps_the_decimals_every_value_was_printed_with(string target)
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf(target);

        PackageWriter.Write(SamplePackage.Data, path);
        var data = PackageReader.Read(path).Data!;

        data.DecimalTexts().ShouldBe(SamplePackage.Data.DecimalTexts());
        data.Realisations.Single(r => r is { Indicator: "KERJASAMA", Year: 2021, Period: Period.Q4 }).Value!.Value.Scale.ShouldBe((byte)2);
        data.Realisations.Single(r => r is { Indicator: "KERJASAMA", Year: 2021, Period: Period.Q4 }).Value.ShouldBe(100.00m);
        data.BudgetLines.Single(b => b.Code == "PBJ.P1").PrintedPercent!.Value.Scale.ShouldBe((byte)3);
        data.BudgetLines.Single(b => b.Code == "PBJ.P1.K1").PrintedPercent!.Value.ToString(CultureInfo.InvariantCulture).ShouldBe("74.505");
        data.Targets.Single(t => t is { Indicator: "EKPPD", Year: 2021, Kind: TargetKind.Renstra }).Value!.Value.Scale.ShouldBe((byte)3);
        data.Evaluations.First(e => e.Unit == "SETDA").Score!.Value.ToString(CultureInfo.InvariantCulture).ShouldBe("22.40");
    }

    [Fact]
    public void The_sample_has_the_printed_precisions_the_round_trip_must_keep()
    {
        var data = SamplePackage.Data;

        data.Realisations.Single(r => r is { Indicator: "KERJASAMA", Year: 2021, Period: Period.Q4 }).Value?.ToString(CultureInfo.InvariantCulture).ShouldBe("100.00");
        data.BudgetLines.Single(b => b.Code == "PBJ.P1").PrintedPercent?.ToString(CultureInfo.InvariantCulture).ShouldBe("82.057");
    }

    [Theory]
    [InlineData("paket")]
    [InlineData("paket.xlsx")]
    public void Write_round_trips_scales_ranges_qualifiers_and_text_that_needs_quoting(string target)
    {
        using var source = PackageFolder.Minimal()
            .With("skala.csv", "skala,label,batas_bawah,batas_atas", "opini_bpk,WDP,,3", "opini_bpk,WTP,,4", "mutu,Rendah,,60.0", "mutu,Tinggi,60.0,")
            .With("target.csv", "indikator,tahun,jenis,nilai,nilai_maks,teks", "IKU1,2021,pk,60,70.50,B (60-70)", "IKU1,2022,pk,,,WTP", "IKU1,2023,pk,66 (peringkat 4),,")
            .With("realisasi.csv", "indikator,tahun,periode,nilai,teks,capaian_tercetak,catatan",
                "IKU1,2021,tahunan,\"3,0885 *)\",,\"99,79\",\"Catatan, dengan koma; \"\"kutip\"\"\nbaris baru\"");
        var original = source.Read().Data!;
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf(target);

        PackageWriter.Write(original, path);
        var result = PackageReader.Read(path);

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        data.WithoutOrigins().Equals(original.WithoutOrigins()).ShouldBeTrue();
        data.DecimalTexts().ShouldBe(original.DecimalTexts());
        data.Realisations.Single().Note.ShouldBe("Catatan, dengan koma; \"kutip\"\nbaris baru");
    }

    [Theory]
    [InlineData("paket")]
    [InlineData("paket.xlsx")]
    public void Write_round_trips_values_read_as_no_value(string target)
    {
        using var source = PackageFolder.Minimal()
            .With("skala.csv", "skala,label,batas_bawah,batas_atas", "opini_bpk,WDP,,3", "opini_bpk,WTP,,4")
            .With("target.csv", "indikator,tahun,jenis,nilai,teks", "IKU1,2021,pk,-,", "IKU1,2022,pk,NA,belum ditetapkan", "IKU1,2023,pk,,WTP")
            .With("realisasi.csv", "indikator,tahun,periode,nilai,capaian_tercetak", "IKU1,2021,tahunan,-,-")
            .With("evaluasi.csv", "instansi,tahun,komponen,nilai", "OPD,2021,,N/A");
        var original = source.Read().Data!;
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf(target);

        PackageWriter.Write(original, path);
        var result = PackageReader.Read(path);

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        data.WithoutOrigins().Equals(original.WithoutOrigins()).ShouldBeTrue();
        data.Targets.Select(t => t.Value).ShouldBe([null, null, null]);
    }

    [Theory]
    [InlineData("paket")]
    [InlineData("paket.xlsx")]
    public void Write_an_empty_dataset_reads_back_as_a_valid_empty_package(string target)
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf(target);

        PackageWriter.Write(Dataset.Empty, path);
        var result = PackageReader.Read(path);

        result.Messages().ShouldBeEmpty();
        result.Data.ShouldBe(Dataset.Empty);
    }

    [Fact]
    public void Dataset_equality_notices_a_changed_record_so_the_round_trip_tests_can_fail()
    {
        var changed = SamplePackage.Data with
        {
            Realisations = [.. SamplePackage.Data.Realisations.Select((r, i) => i == 5 ? r with { PrintedCapaian = 222.22m } : r)],
        };

        changed.Equals(SamplePackage.Data).ShouldBeFalse();
        changed.WithoutOrigins().Equals(SamplePackage.Data.WithoutOrigins()).ShouldBeFalse();
    }
}
