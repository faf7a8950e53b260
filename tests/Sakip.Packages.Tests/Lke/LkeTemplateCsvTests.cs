using System.Text;
using Sakip.Packages.Lke;

namespace Sakip.Packages.Tests.Lke;

public sealed class LkeTemplateCsvTests
{
    const string Header = "komponen_no,komponen,bobot_komponen,subkomponen_no,subkomponen,bobot_subkomponen,kriteria_no,kriteria,jenis_jawaban,sumber_bukti,syarat\n";

    static IReadOnlyList<string> Problems(string body)
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(Header + body));
        LkeTemplateCsv.Read(csv, "templat.csv", "pergub", "LKE Pergub", "Pergub 26/2022", 1, out var problems).ShouldBeNull();
        return problems;
    }

    [Fact]
    public void A_local_template_reads_with_its_defaults()
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(Header +
            "1,Perencanaan,60,1,Pemenuhan,20,1,Ada Renstra,,renstra,\n" +
            "1,Perencanaan,60,2,Kualitas,40,1,Renstra berkualitas,,,maks_rata:1.1\n" +
            "2,Pelaporan,40,1,Pemenuhan,40,1,Ada LKjIP,abcde,,\n"));

        var template = LkeTemplateCsv.Read(csv, "templat.csv", "pergub", "LKE Pergub", "Pergub 26/2022", 2, out var problems);

        problems.ShouldBeEmpty();
        template!.Version.ShouldBe(2);
        template.Criteria.Select(c => (c.Code, c.AnswerType)).ShouldBe(
            [("1.1.1", Sakip.Core.Evaluation.Lke.AnswerType.YesNo), ("1.2.1", Sakip.Core.Evaluation.Lke.AnswerType.Grade), ("2.1.1", Sakip.Core.Evaluation.Lke.AnswerType.Grade)]);
        template.Criteria[0].Proof.ShouldBe(Sakip.Core.Evaluation.Lke.ProofKind.Renstra);
        template.Rules.ShouldHaveSingleItem().Notation.ShouldBe("maks_rata:1.1");
    }

    [Fact]
    public void Each_bad_cell_is_named_by_file_line_and_column() =>
        Problems("1,Perencanaan,6O,1,Pemenuhan,20,1,Ada Renstra,ya,iku,maks:1\n").ShouldBe(
        [
            "templat.csv:2:3: bobot \"6O\" bukan angka lebih dari 0 sampai 100 (titik sebagai pemisah desimal)",
            "templat.csv:2:9: jenis jawaban \"ya\" tidak dikenal; gunakan yt (Y/T) atau abcde (A/B/C/D/E)",
            "templat.csv:2:10: sumber bukti \"iku\" tidak dikenal; gunakan salah satu: renstra, target_tahunan, anggaran, iku_formula, pk_ditandatangani, pk_unit_bawahan, realisasi_triwulan, realisasi_disetujui, lkjip_dipublikasikan, tindak_lanjut_selesai",
            "templat.csv:2:11: syarat \"maks:1\" tidak dikenal; gunakan maks_rata:SUBKOMPONEN atau wajib_y:KRITERIA",
        ]);

    [Fact]
    public void Weights_that_do_not_add_up_point_at_the_row() =>
        Problems("1,Perencanaan,60,1,Pemenuhan,20,1,A,,,\n1,Perencanaan,60,2,Kualitas,30,1,B,,,\n").ShouldBe(
        [
            "templat.csv: jumlah bobot komponen 60 (seharusnya 100)",
            "templat.csv:2: jumlah bobot sub-komponen 1 adalah 50, tidak sama dengan bobot komponen 60",
        ]);

    [Fact]
    public void A_component_written_two_ways_is_refused() =>
        Problems("1,Perencanaan,100,1,Pemenuhan,50,1,A,,,\n1,Perencanan,100,2,Kualitas,50,1,B,,,\n").ShouldBe(
            ["templat.csv:3: komponen 1 ditulis dengan nama atau bobot yang berbeda dari baris 2"]);

    [Fact]
    public void A_file_with_no_criteria_is_refused() =>
        Problems("").ShouldBe(["templat.csv: templat LKE tidak memiliki komponen"]);

    [Fact]
    public void A_file_without_the_required_columns_is_refused()
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes("komponen_no,komponen\n1,A\n"));

        LkeTemplateCsv.Read(csv, "templat.csv", "x", "X", "", 1, out var problems).ShouldBeNull();

        problems.ShouldContain("templat.csv:1: kolom kriteria wajib ada");
        problems.Count.ShouldBe(6);
    }
}
