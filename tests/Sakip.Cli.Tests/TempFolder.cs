using System.Text;

namespace Sakip.Cli.Tests;

/// <summary>A folder of its own for one test (a package to read, or where a command writes), deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("sakip-cli-").FullName;

    public string Path { get; }

    /// <summary>
    /// A valid package: tujuan T1 and sasaran S1 of a perangkat daerah, indicator IKU1 with a 2021 pk target of 80
    /// and an annual realisation of 88 printed as capaian 110.00.
    /// </summary>
    public static TempFolder MinimalPackage() => new TempFolder()
        .With("instansi.csv", "kode,nama,induk,jenis", "PEMDA,Pemerintah Provinsi,,pemda", "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah")
        .With("rencana.csv", "kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,,Birokrasi yang efektif,2019,2023", "S1,OPD,sasaran,T1,Meningkatnya kinerja,,")
        .With("indikator.csv", "kode,rencana,uraian", "IKU1,S1,Indeks kinerja")
        .With("target.csv", "indikator,tahun,jenis,nilai", "IKU1,2021,pk,80")
        .With("realisasi.csv", "indikator,tahun,periode,nilai,capaian_tercetak", "IKU1,2021,tahunan,88,110.00");

    /// <summary>Writes (or replaces) a file: the lines joined by LF, UTF-8.</summary>
    public TempFolder With(string file, params string[] lines) =>
        WithBytes(file, Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n"))));

    public TempFolder WithBytes(string file, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(file), bytes);
        return this;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
